// The Arrow layout of a table, derived from its JSON Schema and never inferred: strings Utf8,
// enums dictionary-encoded over the schema's own value list (one dictionary shared by every batch),
// integers Int32, numbers Float64, booleans Bool, `format: date` Date32, lists and structs as
// List and Struct. Each field carries its description as metadata.
import {
  Bool,
  DateDay,
  Dictionary,
  Field as ArrowField,
  Float64,
  Int32,
  List,
  Schema,
  Struct,
  Utf8,
  vectorFromArray,
  type DataType,
  type Vector,
} from "apache-arrow";
import { fieldsOf, type Field, type Table } from "./tables.js";

export interface ArrowLayout {
  schema: Schema;
  /** For each dictionary column: its fixed dictionary and the index of each value. */
  dictionaries: Map<string, { vector: Vector<Utf8>; index: Map<string, number> }>;
}

function arrowType(field: Field, topLevel: boolean, path: string, layout: ArrowLayout, nextId: () => number): DataType {
  const s = field.schema;
  switch (field.type) {
    case "string":
      if (s.enum && topLevel) {
        // A nullable category lists null among its values in JSON Schema; Arrow keeps nulls apart.
        const values = s.enum.filter((v): v is string => v !== null);
        layout.dictionaries.set(path, {
          vector: vectorFromArray(values, new Utf8()),
          index: new Map(values.map((v, i) => [v, i])),
        });
        return new Dictionary(new Utf8(), new Int32(), nextId(), false);
      }
      return s.format === "date" ? new DateDay() : new Utf8();
    case "integer":
      return new Int32();
    case "number":
      return new Float64();
    case "boolean":
      return new Bool();
    case "array": {
      const items = s.items!;
      const item: Field = { name: "item", schema: items, type: String(items.type), nullable: false };
      return new List(new ArrowField("item", arrowType(item, false, `${path}.item`, layout, nextId), false));
    }
    case "object":
      return new Struct(arrowFields(fieldsOf(s.properties ?? {}), false, path, layout, nextId));
    default:
      throw new Error(`no Arrow type for JSON type ${field.type} (${path})`);
  }
}

function arrowFields(fields: Field[], topLevel: boolean, prefix: string, layout: ArrowLayout, nextId: () => number): ArrowField[] {
  return fields.map((field) => {
    const path = prefix ? `${prefix}.${field.name}` : field.name;
    const metadata = new Map<string, string>();
    if (field.schema.description) metadata.set("description", field.schema.description);
    return new ArrowField(field.name, arrowType(field, topLevel, path, layout, nextId), field.nullable, metadata);
  });
}

const layouts = new WeakMap<Table, ArrowLayout>();

export function arrowLayout(table: Table): ArrowLayout {
  const cached = layouts.get(table);
  if (cached) return cached;
  const layout: ArrowLayout = { schema: new Schema([]), dictionaries: new Map() };
  let id = 0;
  const fields = arrowFields(table.fields, true, "", layout, () => id++);
  const metadata = new Map([
    ["claimset.table", table.name],
    ["claimset.schema_version", table.schema["x-version"]],
  ]);
  layout.schema = new Schema(fields, metadata);
  layouts.set(table, layout);
  return layout;
}

