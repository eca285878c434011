// System programs an app may shell out to that no language package manager installs: each with
// the OS packages that provide it and the npm packages that vendor a copy.

export interface SystemTool {
  /** Debian/Alpine/RHEL package names that install the program. */
  packages: readonly string[];
  /** npm packages that ship or download the binary with the app. */
  vendoredBy: readonly string[];
}

const tool = (packages: string[], vendoredBy: string[] = []): SystemTool => ({ packages, vendoredBy });

export const SYSTEM_TOOLS: Readonly<Record<string, SystemTool>> = {
  convert: tool(['imagemagick', 'imagemagick-6.q16', 'imagemagick-7'], ['imagemagick-static']),
  magick: tool(['imagemagick', 'imagemagick-7']),
  identify: tool(['imagemagick', 'imagemagick-6.q16']),
  gm: tool(['graphicsmagick']),
  ffmpeg: tool(['ffmpeg'], ['ffmpeg-static', '@ffmpeg-installer/ffmpeg', 'ffmpeg-ffprobe-static']),
  ffprobe: tool(['ffmpeg'], ['ffprobe-static', '@ffprobe-installer/ffprobe', 'ffmpeg-ffprobe-static']),
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
