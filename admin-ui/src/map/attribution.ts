// Required wherever the district map is shown (see shared/data/dortmund/README.md).
// Kept verbatim in every locale: it is the licence's attribution text.
export const DISTRICTS_ATTRIBUTION =
    'Datenquelle: Stadt Dortmund, Vermessungs- und Katasteramt – Stadtbezirke (open-data.dortmund.de), Datenlizenz Deutschland – Namensnennung – Version 2.0; Geometrie umprojiziert nach WGS84.';
