/** How the tests start Chromium: Debian's build by default, or CHROMIUM_PATH. */
export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic'
];

export const launchOptions = {
	executablePath: process.env.CHROMIUM_PATH ?? (process.env.PLAYWRIGHT_BUNDLED ? undefined : '/usr/bin/chromium'),
	args: chromiumArgs
};
