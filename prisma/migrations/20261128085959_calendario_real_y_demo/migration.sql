-- AlterTable
ALTER TABLE "EtapaCalendario" ADD COLUMN "finReal" DATETIME;
ALTER TABLE "EtapaCalendario" ADD COLUMN "inicioReal" DATETIME;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Convocatoria" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "anio" INTEGER NOT NULL,
    "nombre" TEXT NOT NULL,
    "presupuestoTotal" INTEGER NOT NULL,
    "montoMinProyecto" INTEGER NOT NULL,
    "montoMaxProyecto" INTEGER NOT NULL,
    "proyectosObjetivo" INTEGER NOT NULL,
    "pesoTecnico" INTEGER NOT NULL DEFAULT 70,
    "pesoVotacion" INTEGER NOT NULL DEFAULT 10,
    "pesoDemoDay" INTEGER NOT NULL DEFAULT 20,
    "votosPorDesafio" INTEGER NOT NULL DEFAULT 1,
    "evaluadoresPorPerfil" INTEGER NOT NULL DEFAULT 2,
    "etapaActual" TEXT NOT NULL DEFAULT 'DESARROLLO_CONCURSO',
    "activa" BOOLEAN NOT NULL DEFAULT true,
    "demo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Convocatoria" ("activa", "anio", "createdAt", "etapaActual", "evaluadoresPorPerfil", "id", "montoMaxProyecto", "montoMinProyecto", "nombre", "pesoDemoDay", "pesoTecnico", "pesoVotacion", "presupuestoTotal", "proyectosObjetivo", "updatedAt", "votosPorDesafio") SELECT "activa", "anio", "createdAt", "etapaActual", "evaluadoresPorPerfil", "id", "montoMaxProyecto", "montoMinProyecto", "nombre", "pesoDemoDay", "pesoTecnico", "pesoVotacion", "presupuestoTotal", "proyectosObjetivo", "updatedAt", "votosPorDesafio" FROM "Convocatoria";
DROP TABLE "Convocatoria";
ALTER TABLE "new_Convocatoria" RENAME TO "Convocatoria";
CREATE UNIQUE INDEX "Convocatoria_anio_key" ON "Convocatoria"("anio");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
