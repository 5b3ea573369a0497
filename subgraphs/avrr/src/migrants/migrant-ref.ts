/** A migrant known only by ID here: the centre that owns the ID holds the record. */
export interface MigrantRef {
  id: string;
}
