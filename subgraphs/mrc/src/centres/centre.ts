/** A reference to this site's centre; everything else about it is computed on demand. */
export interface CentreRef {
  code: string;
}
