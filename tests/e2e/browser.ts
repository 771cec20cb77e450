/** How the tests start Chromium: Debian's build by default, or CHROMIUM_PATH. */
const common = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

/**
 * WebGL and the page's compositing both on SwiftShader, rather than WebGL on SwiftShader with
 * software compositing (`--disable-gpu`), which copies every frame of the map back for the
 * compositor: on this 2-core machine embed.spec ran in 322 s of summed test time against 386–389 s.
 * The page's own text and boxes are rasterised by Skia on the CPU (`--disable-gpu-rasterization`),
 * not through SwiftShader: the embed and presentation specs took 276 and 278 s summed against 292
 * and 282 s, and a whole run's GPU process 524 core-s against 590.
 * Chromium only offers SwiftShader's WebGL to pages it trusts when told so
 * (`--enable-unsafe-swiftshader`); these pages are our own.
 */
export const chromiumArgs = [...common, '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-gpu-rasterization'];

export const launchOptions = {
	executablePath: process.env.CHROMIUM_PATH ?? (process.env.PLAYWRIGHT_BUNDLED ? undefined : '/usr/bin/chromium'),
	args: chromiumArgs
};

/**
 * WebGL on SwiftShader with software compositing, as the benchmark and Lighthouse run it. still.spec
 * counts the frames a standing map draws within a second or two of landing, and keeps to the
 * pipeline the benchmark's still-map figures come from.
 */
export const softwareCompositing = { ...launchOptions, args: [...common, '--disable-gpu'] };
