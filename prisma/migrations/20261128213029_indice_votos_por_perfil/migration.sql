-- CreateIndex
CREATE INDEX "Voto_convocatoriaId_postulacionId_idx" ON "Voto"("convocatoriaId", "postulacionId");
