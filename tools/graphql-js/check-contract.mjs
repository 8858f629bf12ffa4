// Fails when a schema breaks a client written against the last release:
//   node check-contract.mjs RELEASED.graphql CURRENT.graphql
// Breaking is what graphql-inspector calls breaking (a removed or retyped field, argument, input field or enum value,
// a newly required argument or input field, ...), except the removal of an element the last release already marked
// @deprecated: a deprecated element stays for one release, then it may go.
import { readFileSync } from 'node:fs';
import { buildSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType } from 'graphql';
import { ChangeType, CriticalityLevel, diff } from '@graphql-inspector/core';

const [released, current] = process.argv.slice(2).map((path) => buildSchema(readFileSync(path, 'utf8')));

/** The element a change's path names in a schema (Type.field, Type.field.argument, Enum.VALUE, Input.field). */
function element(schema, path) {
  const [typeName, member, argument] = path.split('.');
  const type = schema.getType(typeName);
  if (isEnumType(type)) return type.getValue(member);
  if (!(isObjectType(type) || isInterfaceType(type) || isInputObjectType(type))) return undefined;
  const field = type.getFields()[member];
  return argument === undefined ? field : field?.args?.find((a) => a.name === argument);
}

const REMOVALS = new Set([ChangeType.FieldRemoved, ChangeType.FieldArgumentRemoved, ChangeType.InputFieldRemoved,
  ChangeType.EnumValueRemoved]);
const changes = await diff(released, current);
const breaking = changes.filter((change) => change.criticality.level === CriticalityLevel.Breaking
  && !(REMOVALS.has(change.type) && change.path && element(released, change.path)?.deprecationReason));
breaking.forEach((change) => console.error(`BREAKING ${change.path ?? ''}: ${change.message}`));
console.log(`${changes.length} changes since the last release, ${breaking.length} breaking`);
process.exit(breaking.length > 0 ? 1 : 0);
