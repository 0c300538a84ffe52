export declare const AREAS_PRIVADAS: string[];
export declare const RUTA_PRIVADA: RegExp;
export declare const RUTA_CON_404_REAL: RegExp;
