/**
 * The name of an agreement kind in a label language, from the model's
 * `AGREEMENT_KIND_NAMES`: the words the brief and the web page write for it.
 */
import {
  AGREEMENT_KIND_NAMES,
  AGREEMENT_KINDS,
  type AgreementKind,
  LABEL_LANGUAGES,
  type LabelLanguage,
} from "@korea-relations/model";
import { member } from "./arguments.js";

/**
 * The name of agreement kind `kind` in `lang` (default English).
 *
 * @example
 * agreementKindName("joint-declaration"); // "joint declaration"
 * agreementKindName("joint-declaration", "de"); // "Gemeinsame Erklärung"
 * @throws TypeError when `kind` or `lang` is not a string; RangeError when it
 *   is no agreement kind or label language (naming the nearest one and every one).
 */
export function agreementKindName(kind: AgreementKind, lang: LabelLanguage = "en"): string {
  return AGREEMENT_KIND_NAMES[member(kind, AGREEMENT_KINDS, "agreementKindName(kind)")][
    member(lang, LABEL_LANGUAGES, "agreementKindName(lang)")
  ];
}
