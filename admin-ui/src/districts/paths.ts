// Routes of the district pages. Plain functions (used by the auth provider's landing redirect too).

export const districtReportPath = (id: string | number): string => `/districts/${encodeURIComponent(String(id))}/report`;
