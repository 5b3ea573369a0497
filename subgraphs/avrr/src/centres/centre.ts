/** A centre of the registry, by code. */
export interface CentreRef {
  code: string;
}
