/**
 * How the renderer's start-up JavaScript is split (web and desktop builds alike, issue 16): React, and
 * the libraries the first screen needs (zod, liquidjs, i18next, zustand), each in a chunk of its own
 * beside the app's code. index.html preloads all three, so Chromium fetches and parses them in
 * parallel on background threads instead of one 860 KB file on one: app load 977 → 912 ms median and
 * the page's main-thread CPU 388 → 338 ms, 9 alternated loads each on a loaded 2-core machine
 * (bench/app-load.ts). The chunks change only when a library does, so an update leaves them cached.
 */
export const rendererCodeSplitting = {
  groups: [
    { name: 'react', test: /node_modules[\\/](?:react|react-dom|scheduler)[\\/]/ },
    { name: 'libs', test: /node_modules[\\/](?:zod|liquidjs|i18next|react-i18next|zustand|zundo)[\\/]/ },
  ],
};
