import { defineConfig } from "prisma/config";

// Prisma 7 reads the connection from here, not from schema.prisma. Only
// `prisma generate` is used (see docs/decisions/001); the URL is a placeholder
// when none is set because generation does not connect.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/unused" },
});
