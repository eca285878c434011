// System programs an app may shell out to that no language package manager installs: each with
// the OS packages that provide it and the npm packages that vendor a copy.

export interface SystemTool {
  /** Debian/Alpine/RHEL package names that install the program. */
  packages: readonly string[];
  /** npm packages that ship or download the binary with the app. */
  vendoredBy: readonly string[];
  /** Python distributions (normalised names) that ship the binary with the app. */
  vendoredByPython?: readonly string[];
}

const tool = (packages: string[], vendoredBy: string[] = [], vendoredByPython: string[] = []): SystemTool => ({ packages, vendoredBy, vendoredByPython });

/** The message of an undeclared system program, the same in every language; it names only the program and a package. */
export function systemToolMessage(program: string, tool: SystemTool, vendor: string | undefined): string {
  return (
    `Factor II: the app runs the system program \`${program}\`, which nothing in the project installs; ` +
    `declare it where the app is built (a Dockerfile \`apt-get install ${tool.packages[0]}\`, an Aptfile)` +
    (vendor !== undefined ? ` or vendor it with ${vendor}.` : '.')
  );
}

export const SYSTEM_TOOLS: Readonly<Record<string, SystemTool>> = {
  convert: tool(['imagemagick', 'imagemagick-6.q16', 'imagemagick-7'], ['imagemagick-static']),
  magick: tool(['imagemagick', 'imagemagick-7']),
  identify: tool(['imagemagick', 'imagemagick-6.q16']),
  gm: tool(['graphicsmagick']),
  ffmpeg: tool(['ffmpeg'], ['ffmpeg-static', '@ffmpeg-installer/ffmpeg', 'ffmpeg-ffprobe-static'], ['imageio-ffmpeg', 'static-ffmpeg']),
  ffprobe: tool(['ffmpeg'], ['ffprobe-static', '@ffprobe-installer/ffprobe', 'ffmpeg-ffprobe-static'], ['static-ffmpeg']),
  pdftk: tool(['pdftk', 'pdftk-java']),
  qpdf: tool(['qpdf']),
  pdftotext: tool(['poppler-utils', 'poppler']),
  pdftoppm: tool(['poppler-utils', 'poppler']),
  gs: tool(['ghostscript']),
  wkhtmltopdf: tool(['wkhtmltopdf'], ['wkhtmltopdf-installer']),
  tesseract: tool(['tesseract-ocr', 'tesseract']),
  pandoc: tool(['pandoc']),
  soffice: tool(['libreoffice', 'libreoffice-core', 'libreoffice-writer']),
  libreoffice: tool(['libreoffice', 'libreoffice-core', 'libreoffice-writer']),
  exiftool: tool(['libimage-exiftool-perl', 'exiftool', 'perl-image-exiftool'], ['exiftool-vendored']),
  sox: tool(['sox']),
  'rsvg-convert': tool(['librsvg2-bin', 'rsvg-convert']),
  inkscape: tool(['inkscape']),
  phantomjs: tool(['phantomjs'], ['phantomjs-prebuilt']),
  curl: tool(['curl']),
  wget: tool(['wget']),
  unzip: tool(['unzip']),
  '7z': tool(['p7zip-full', '7zip', 'p7zip'], ['7zip-bin']),
};
