#!/bin/sh
# Stand-in for Prisma's native schema engine, which cannot be downloaded on these machines.
# generate/validate/format never run it; migrations go through scripts/migrate.mjs (wasm engine).
echo "El motor nativo de esquemas de Prisma no está disponible: use npm run db:migrate (scripts/migrate.mjs)." >&2
exit 1
