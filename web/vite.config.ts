import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

/** The page is served by the kgx server at `/`; in `pnpm dev`, Vite proxies the API to a running kgx. */
export default defineConfig({
  plugins: [react()],
  build: { outDir: "dist", emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  server: {
    proxy: Object.fromEntries(
      ["/graphql", "/export", "/ready", "/health"].map((path) => [
        path,
        process.env.KGX_URL ?? "http://127.0.0.1:4000",
      ]),
    ),
  },
});
