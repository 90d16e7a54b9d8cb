/** Addresses of the pages that take a parameter, for links and navigation. */
const segment = encodeURIComponent;

export const paths = {
  banks: '/banks',
  bank: (name: string) => `/banks/${segment(name)}`,
  bankImport: (name: string) => `/banks/${segment(name)}/import`,
  bankExport: (name: string) => `/banks/${segment(name)}/export`,
  match: '/match',
  scanReports: '/scan-reports',
  scanReport: (id: string) => `/scan-reports/${segment(id)}`,
} as const;
