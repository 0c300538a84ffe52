// The bare Next.js app the public pages are measured against: one static page, nothing else.
const config = { poweredByHeader: false };
export default config;
