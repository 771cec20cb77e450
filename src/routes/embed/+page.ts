// An embed's content depends on its query string, which a prerendered page
// cannot read: the page is a shell and renders in the browser, where the
// parameters are.
export const ssr = false;
