// QR codes of survey links (issue 13 §3), drawn by the `qrcode` library: medium error correction
// (survives a smudged print), a quiet zone of 4 modules as the standard asks.
import QRCode from "qrcode";

const options = { errorCorrectionLevel: "M" as const, margin: 4 };

export function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { ...options, type: "svg" });
}

/** A PNG of about `width` pixels, large enough to print sharply on a flyer. */
export function qrPng(url: string, width = 512): Promise<Buffer> {
  return QRCode.toBuffer(url, { ...options, type: "png", width });
}
