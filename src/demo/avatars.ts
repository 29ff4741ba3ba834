/**
 * The pictures Matomo's Activity Log serves for its users when its Gravatar setting is off
 * (`plugins/ActivityLog/images/avatar15.png`, …): the demo draws a plain coloured disc with a
 * silhouette, as an SVG (a browser shows it whatever the file name says).
 */
export function avatarImage(path: string): Response {
  const name = /([\w-]+)\.png$/.exec(path)?.[1] ?? '';
  let hash = 0;
  for (const c of name) hash = (hash * 31 + c.charCodeAt(0)) >>> 0;
  const hue = hash % 360;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="64" height="64">` +
    `<rect width="64" height="64" fill="hsl(${hue} 45% 55%)"/>` +
    `<circle cx="32" cy="25" r="12" fill="#fff" fill-opacity=".9"/>` +
    `<path d="M10 60c2-14 12-21 22-21s20 7 22 21z" fill="#fff" fill-opacity=".9"/></svg>`;
  return new Response(svg, { status: 200, headers: { 'Content-Type': 'image/svg+xml', 'Cache-Control': 'max-age=86400' } });
}
