import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'

// The web demo: plain TypeScript + DOM, served from src/web, built to dist-web.
// `base: './'` keeps every asset path relative, so dist-web works from any static server.
export default defineConfig({
  root: fileURLToPath(new URL('./src/web', import.meta.url)),
  base: './',
  clearScreen: false,
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    outDir: fileURLToPath(new URL('./dist-web', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
  },
})
