// The SCIM discovery documents (RFC 7644 §4, RFC 7643 §5–7): what this endpoint supports — PATCH,
// `eq` filters on a few attributes, no bulk, sort, ETags or password change — and the attributes of
// the resources as we keep them. Pure.
import { ENTERPRISE_SCHEMA, GROUP_SCHEMA, LIST_SCHEMA, USER_SCHEMA } from "./scim-schemas";
import { MAX_PAGE } from "./scim-filter";

const SPC_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig";
const RESOURCE_TYPE_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:ResourceType";
const SCHEMA_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Schema";

export function serviceProviderConfig(base: string) {
  return {
    schemas: [SPC_SCHEMA],
    patch: { supported: true },
    bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
    filter: { supported: true, maxResults: MAX_PAGE },
    changePassword: { supported: false },
    sort: { supported: false },
    etag: { supported: false },
    authenticationSchemes: [
      {
        type: "oauthbearertoken",
        name: "Bearer token",
        description: "The organisation's SCIM token (Settings → SCIM provisioning)",
        primary: true,
      },
    ],
    meta: { resourceType: "ServiceProviderConfig", location: `${base}/ServiceProviderConfig` },
  };
}

export function resourceTypes(base: string) {
  const types = [
    {
      id: "User",
      name: "User",
      endpoint: "/Users",
      description: "A person of the organisation",
      schema: USER_SCHEMA,
      schemaExtensions: [{ schema: ENTERPRISE_SCHEMA, required: false }],
    },
    {
      id: "Group",
      name: "Group",
      endpoint: "/Groups",
      description: "A team of the organisation",
      schema: GROUP_SCHEMA,
      schemaExtensions: [],
    },
  ];
  return types.map((type) => ({
    schemas: [RESOURCE_TYPE_SCHEMA],
    ...type,
    meta: { resourceType: "ResourceType", location: `${base}/ResourceTypes/${type.id}` },
  }));
}

type Attribute = {
  name: string;
  type: string;
  multiValued?: boolean;
  required?: boolean;
  mutability?: string;
  uniqueness?: string;
  subAttributes?: Attribute[];
};
const attribute = ({
  multiValued = false,
  required = false,
  mutability = "readWrite",
  uniqueness = "none",
  ...rest
}: Attribute): Record<string, unknown> => ({
  ...rest,
  multiValued,
  required,
  caseExact: false,
  mutability,
  returned: "default",
  uniqueness,
  ...(rest.subAttributes ? { subAttributes: rest.subAttributes.map(attribute) } : {}),
});

export function schemas(base: string) {
  const all = [
    {
      id: USER_SCHEMA,
      name: "User",
      description: "A person: userName is the sign-in address; the name is kept as one string",
      attributes: [
        { name: "userName", type: "string", required: true, uniqueness: "server" },
        { name: "externalId", type: "string", uniqueness: "server" },
        {
          name: "name",
          type: "complex",
          subAttributes: [
            { name: "givenName", type: "string" },
            { name: "familyName", type: "string" },
            { name: "formatted", type: "string" },
          ],
        },
        { name: "displayName", type: "string" },
        { name: "active", type: "boolean" },
        {
          name: "emails",
          type: "complex",
          multiValued: true,
          mutability: "readOnly",
          subAttributes: [
            { name: "value", type: "string" },
            { name: "type", type: "string" },
            { name: "primary", type: "boolean" },
          ],
        },
      ].map(attribute),
    },
    {
      id: ENTERPRISE_SCHEMA,
      name: "EnterpriseUser",
      description: "Accepted; department and manager are not kept (a person's team comes from Groups)",
      attributes: [],
    },
    {
      id: GROUP_SCHEMA,
      name: "Group",
      description: "A team; members are the people working in it (one team per person)",
      attributes: [
        { name: "displayName", type: "string", required: true, uniqueness: "server" },
        { name: "externalId", type: "string", uniqueness: "server" },
        {
          name: "members",
          type: "complex",
          multiValued: true,
          subAttributes: [
            { name: "value", type: "string", mutability: "immutable" },
            { name: "display", type: "string", mutability: "readOnly" },
          ],
        },
      ].map(attribute),
    },
  ];
  return all.map((schema) => ({
    schemas: [SCHEMA_SCHEMA],
    ...schema,
    meta: { resourceType: "Schema", location: `${base}/Schemas/${schema.id}` },
  }));
}

export function discoveryList<T>(resources: T[]) {
  return { schemas: [LIST_SCHEMA], totalResults: resources.length, startIndex: 1, itemsPerPage: resources.length, Resources: resources };
}
