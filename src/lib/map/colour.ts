/**
 * Colour arithmetic for checking the map's palette: sRGB to CIELAB (D65), the
 * CIEDE2000 colour difference, simulated colour-vision deficiencies and WCAG
 * contrast. Pure and small: the tests check the palette with it; the map
 * only parses hex colours with it (for patterns drawn into pixels).
 */

export type Rgb = [number, number, number];
export type Lab = [number, number, number];

/** "#c0392b" or "#c39" → [192, 57, 43]. */
export function parseHex(hex: string): Rgb {
	const h = hex.replace('#', '');
	const full = h.length === 3 ? [...h].map((c) => c + c).join('') : h.slice(0, 6);
	return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as Rgb;
}

const toLinear = (c: number) => {
	const v = c / 255;
	return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
};
const fromLinear = (v: number) => {
	const c = Math.min(1, Math.max(0, v));
	return 255 * (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);
};

export function srgbToLinear(rgb: Rgb): Rgb {
	return rgb.map(toLinear) as Rgb;
}

/** sRGB (0–255) to CIELAB under D65. */
export function rgbToLab(rgb: Rgb): Lab {
	const [r, g, b] = srgbToLinear(rgb);
	const x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047;
	const y = 0.2126729 * r + 0.7151522 * g + 0.072175 * b;
	const z = (0.0193339 * r + 0.119192 * g + 0.9503041 * b) / 1.08883;
	const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
	const [fx, fy, fz] = [f(x), f(y), f(z)];
	return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

const rad = (d: number) => (d * Math.PI) / 180;
const deg = (r: number) => (r * 180) / Math.PI;

/** CIEDE2000 (kL = kC = kH = 1), following Sharma, Wu & Dalal (2005), "The CIEDE2000 Color-Difference Formula: Implementation Notes". */
export function deltaE2000([L1, a1, b1]: Lab, [L2, a2, b2]: Lab): number {
	const C1 = Math.hypot(a1, b1);
	const C2 = Math.hypot(a2, b2);
	const Cbar7 = ((C1 + C2) / 2) ** 7;
	const G = 0.5 * (1 - Math.sqrt(Cbar7 / (Cbar7 + 25 ** 7)));
	const a1p = (1 + G) * a1;
	const a2p = (1 + G) * a2;
	const C1p = Math.hypot(a1p, b1);
	const C2p = Math.hypot(a2p, b2);
	const hue = (b: number, a: number) => (b === 0 && a === 0 ? 0 : (deg(Math.atan2(b, a)) + 360) % 360);
	const h1p = hue(b1, a1p);
	const h2p = hue(b2, a2p);
	const dLp = L2 - L1;
	const dCp = C2p - C1p;
	let dhp = 0;
	if (C1p * C2p !== 0) {
		dhp = h2p - h1p;
		if (dhp > 180) dhp -= 360;
		else if (dhp < -180) dhp += 360;
	}
	const dHp = 2 * Math.sqrt(C1p * C2p) * Math.sin(rad(dhp / 2));
	const Lbp = (L1 + L2) / 2;
	const Cbp = (C1p + C2p) / 2;
	let hbp = h1p + h2p;
	if (C1p * C2p !== 0) {
		if (Math.abs(h1p - h2p) <= 180) hbp = (h1p + h2p) / 2;
		else hbp = h1p + h2p < 360 ? (h1p + h2p + 360) / 2 : (h1p + h2p - 360) / 2;
	}
	const T = 1 - 0.17 * Math.cos(rad(hbp - 30)) + 0.24 * Math.cos(rad(2 * hbp)) + 0.32 * Math.cos(rad(3 * hbp + 6)) - 0.2 * Math.cos(rad(4 * hbp - 63));
	const dTheta = 30 * Math.exp(-(((hbp - 275) / 25) ** 2));
	const Cbp7 = Cbp ** 7;
	const Rc = 2 * Math.sqrt(Cbp7 / (Cbp7 + 25 ** 7));
	const Sl = 1 + (0.015 * (Lbp - 50) ** 2) / Math.sqrt(20 + (Lbp - 50) ** 2);
	const Sc = 1 + 0.045 * Cbp;
	const Sh = 1 + 0.015 * Cbp * T;
	const Rt = -Math.sin(rad(2 * dTheta)) * Rc;
	const l = dLp / Sl;
	const c = dCp / Sc;
	const h = dHp / Sh;
	return Math.sqrt(l * l + c * c + h * h + Rt * c * h);
}

export type Vision = 'normal' | 'protanopia' | 'deuteranopia';

/**
 * Machado, Oliveira & Fernandes (2009), "A Physiologically-based Model for
 * Simulation of Color Vision Deficiency", severity 1.0, applied to linear RGB.
 */
const MACHADO: Record<Exclude<Vision, 'normal'>, number[][]> = {
	protanopia: [
		[0.152286, 1.052583, -0.204868],
		[0.114503, 0.786281, 0.099216],
		[-0.003882, -0.048116, 1.051998]
	],
	deuteranopia: [
		[0.367322, 0.860646, -0.227968],
		[0.280085, 0.672501, 0.047413],
		[-0.01182, 0.04294, 0.968881]
	]
};

export function simulate(rgb: Rgb, vision: Vision): Rgb {
	if (vision === 'normal') return rgb;
	const lin = srgbToLinear(rgb);
	return MACHADO[vision].map((row) => fromLinear(row[0]! * lin[0] + row[1]! * lin[1] + row[2]! * lin[2])) as Rgb;
}

/** ΔE00 between two hex colours as a reader with this vision sees them. */
export function difference(a: string, b: string, vision: Vision = 'normal'): number {
	return deltaE2000(rgbToLab(simulate(parseHex(a), vision)), rgbToLab(simulate(parseHex(b), vision)));
}

/** WCAG 2 contrast ratio of two hex colours. */
export function contrast(a: string, b: string): number {
	const lum = (hex: string) => {
		const [r, g, b2] = srgbToLinear(parseHex(hex));
		return 0.2126 * r + 0.7152 * g + 0.0722 * b2;
	};
	const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p) as [number, number];
	return (x + 0.05) / (y + 0.05);
}
