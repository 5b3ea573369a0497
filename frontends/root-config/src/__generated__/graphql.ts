/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type HeaderCentresQueryVariables = Exact<{ [key: string]: never; }>;


export type HeaderCentresQuery = { centres: Array<
    | { code: string, name: string }
    | { code: string, name: string }
    | { code: string, name: string }
  > };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const HeaderCentresDocument = new TypedDocumentString(`
    query HeaderCentres {
  centres {
    code
    name
  }
}
    `, {"hash":"sha256:44fa021ca409a430e811fb6c89a1a862da2684eb251ffab5b9a54594bec30f47"}) as unknown as TypedDocumentString<HeaderCentresQuery, HeaderCentresQueryVariables>;