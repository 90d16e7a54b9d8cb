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
  peers: '/peers',
  /** A peer's row on the peers page. */
  peer: (nodeId: string) => `/peers#${peerAnchor(nodeId)}`,
  received: '/received',
  lawCompare: '/law/compare',
  lawMap: '/law/map',
  lawCountry: (iso2: string) => `/law/countries/${segment(iso2)}`,
} as const;

/** The id of a peer's row on the peers page, which links to the peer point at. */
export function peerAnchor(nodeId: string): string {
  return `peer-${nodeId.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}
