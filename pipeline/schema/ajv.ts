// One configured JSON Schema 2020-12 validator factory for tables, lexicons and manifests.
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";

// ajv-formats is CommonJS; under NodeNext its function is the module's `default`.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

export type Ajv = Ajv2020;

/** Keywords our schemas carry for the emitters and the data dictionary, not for validation. */
export const annotationKeywords = ["x-version", "x-key", "x-primary-key", "x-foreign-keys"] as const;

export function createAjv(): Ajv {
  const ajv = new Ajv2020({ allErrors: false, strict: true });
  addFormats(ajv, ["date", "date-time"]);
  ajv.addVocabulary([...annotationKeywords]);
  return ajv;
}
