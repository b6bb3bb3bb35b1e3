// src/diagnostics/diagnostic.ts
function hasErrors(diagnostics) {
  return diagnostics.some((d) => d.severity === "error");
}

// src/diagnostics/cap-diagnostics.ts
var MAX_DIAGNOSTICS_PER_FILE = 1e3;
function capDiagnostics(diagnostics, max = MAX_DIAGNOSTICS_PER_FILE) {
  const seen = /* @__PURE__ */ new Map();
  const out = [];
  for (const d of diagnostics) {
    const key = d.file ?? "";
    let s = seen.get(key);
    if (!s) seen.set(key, s = { kept: 0, omitted: 0, errors: 0 });
    if (s.kept < max) {
      s.kept++;
      out.push(d);
    } else {
      s.omitted++;
      if (d.severity === "error") s.errors++;
    }
  }
  for (const [file, s] of seen) {
    if (s.omitted === 0) continue;
    const d = {
      code: "DIAGNOSTICS_TRUNCATED",
      severity: s.errors > 0 ? "error" : "warning",
      message: {
        ru: `\u0438 \u0435\u0449\u0451 ${s.omitted} (\u0438\u0437 \u043D\u0438\u0445 \u043E\u0448\u0438\u0431\u043E\u043A: ${s.errors}); \u043F\u043E\u043A\u0430\u0437\u0430\u043D\u044B \u043F\u0435\u0440\u0432\u044B\u0435 ${max}`,
        en: `and ${s.omitted} more (errors among them: ${s.errors}); the first ${max} are shown`
      }
    };
    if (file !== "") d.file = file;
    out.push(d);
  }
  return out;
}

// src/model/types.ts
var DEFAULT_ESCHOOL_SYSTEM = "\u0413\u0418\u0421 \xAB\u042D\u043B\u0435\u043A\u0442\u0440\u043E\u043D\u043D\u0430\u044F \u0448\u043A\u043E\u043B\u0430 \u041D\u0421\u041E\xBB";

// src/validate/ajv-instance.ts
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

// schemas/channel.schema.json
var channel_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://sferum-compliance.dev/schemas/channel.schema.json",
  title: "\u0427\u0430\u0442 \u0438\u043B\u0438 \u043A\u0430\u043D\u0430\u043B",
  "x-title-en": "Chat or channel",
  description: "\u041E\u0434\u043D\u0430 \u0437\u0430\u043F\u0438\u0441\u044C \u0440\u0435\u0435\u0441\u0442\u0440\u0430 \u043A\u0430\u043D\u0430\u043B\u043E\u0432 \u0441\u0432\u044F\u0437\u0438 \u0448\u043A\u043E\u043B\u044B: \u0447\u0430\u0442, \u043A\u0430\u043D\u0430\u043B, \u0441\u043E\u0437\u0432\u043E\u043D \u0438\u043B\u0438 \u0433\u0440\u0443\u043F\u043F\u0430 \u0432 \u043B\u044E\u0431\u043E\u043C \u043C\u0435\u0441\u0441\u0435\u043D\u0434\u0436\u0435\u0440\u0435.",
  "x-description-en": "One entry of the school's channel inventory: a chat, channel, call or group on any messenger.",
  type: "object",
  additionalProperties: false,
  required: ["id", "title", "platform", "kind", "purpose"],
  properties: {
    id: {
      title: "\u0418\u0434\u0435\u043D\u0442\u0438\u0444\u0438\u043A\u0430\u0442\u043E\u0440",
      "x-title-en": "Identifier",
      description: "\u0423\u043D\u0438\u043A\u0430\u043B\u044C\u043D\u044B\u0439 \u043A\u043E\u0434 \u043A\u0430\u043D\u0430\u043B\u0430; \u043D\u0430 \u043D\u0435\u0433\u043E \u0441\u0441\u044B\u043B\u0430\u044E\u0442\u0441\u044F sferum.autoChannels \u0438 exports.",
      "x-description-en": "The channel's unique code; sferum.autoChannels and exports refer to it.",
      $ref: "common.schema.json#/$defs/identifier"
    },
    title: {
      title: "\u041D\u0430\u0437\u0432\u0430\u043D\u0438\u0435",
      "x-title-en": "Title",
      description: "\u041D\u0430\u0437\u0432\u0430\u043D\u0438\u0435, \u043A\u0430\u043A \u043E\u043D\u043E \u043F\u043E\u043A\u0430\u0437\u0430\u043D\u043E \u0432 \u043C\u0435\u0441\u0441\u0435\u043D\u0434\u0436\u0435\u0440\u0435.",
      "x-description-en": "The title as shown in the messenger.",
      $ref: "common.schema.json#/$defs/text"
    },
    platform: {
      title: "\u041C\u0435\u0441\u0441\u0435\u043D\u0434\u0436\u0435\u0440",
      "x-title-en": "Messenger",
      description: "\u041C\u0435\u0441\u0441\u0435\u043D\u0434\u0436\u0435\u0440 \u0438\u043B\u0438 \u043F\u043B\u0430\u0442\u0444\u043E\u0440\u043C\u0430, \u043A\u0430\u043A \u0437\u0430\u043F\u0438\u0441\u0430\u043B\u0438 \u043B\u044E\u0434\u0438: \xAB\u0421\u0444\u0435\u0440\u0443\u043C\xBB, \xAB\u0432\u0430\u0442\u0441\u0430\u043F\xBB, \xABtg\xBB, \u0441\u0441\u044B\u043B\u043A\u0430-\u043F\u0440\u0438\u0433\u043B\u0430\u0448\u0435\u043D\u0438\u0435\u2026",
      "x-description-en": "The messenger or platform as people wrote it: Sferum, WhatsApp, tg, an invite link\u2026",
      $ref: "common.schema.json#/$defs/text"
    },
    link: {
      title: "\u0421\u0441\u044B\u043B\u043A\u0430",
      "x-title-en": "Link",
      description: "\u0421\u0441\u044B\u043B\u043A\u0430-\u043F\u0440\u0438\u0433\u043B\u0430\u0448\u0435\u043D\u0438\u0435 \u0438\u043B\u0438 \u0432\u0435\u0431-\u0430\u0434\u0440\u0435\u0441, \u0435\u0441\u043B\u0438 \u0438\u0437\u0432\u0435\u0441\u0442\u043D\u044B.",
      "x-description-en": "Invite or web link, when known.",
      type: "string"
    },
    kind: {
      title: "\u0422\u0438\u043F",
      "x-title-en": "Kind",
      description: "chat \u2014 \u0447\u0430\u0442; channel \u2014 \u043A\u0430\u043D\u0430\u043B; call \u2014 \u0441\u043E\u0437\u0432\u043E\u043D; group \u2014 \u0433\u0440\u0443\u043F\u043F\u0430 (\u0441\u043E\u043E\u0431\u0449\u0435\u0441\u0442\u0432\u043E).",
      "x-description-en": "chat, channel, call or group.",
      type: "string",
      enum: ["chat", "channel", "call", "group"]
    },
    purpose: {
      title: "\u041D\u0430\u0437\u043D\u0430\u0447\u0435\u043D\u0438\u0435",
      "x-title-en": "Purpose",
      description: "class \u2014 \u0447\u0430\u0442 \u043A\u043B\u0430\u0441\u0441\u0430; parents \u2014 \u0440\u043E\u0434\u0438\u0442\u0435\u043B\u044C\u0441\u043A\u0438\u0439; subject \u2014 \u043F\u0440\u0435\u0434\u043C\u0435\u0442\u043D\u044B\u0439; educational \u2014 \u0443\u0447\u0435\u0431\u043D\u044B\u0439; administrative \u2014 \u0430\u0434\u043C\u0438\u043D\u0438\u0441\u0442\u0440\u0430\u0442\u0438\u0432\u043D\u044B\u0439; staff \u2014 \u043F\u0435\u0434\u0430\u0433\u043E\u0433\u0438\u0447\u0435\u0441\u043A\u0438\u0439 \u043A\u043E\u043B\u043B\u0435\u043A\u0442\u0438\u0432; official \u2014 \u043E\u0444\u0438\u0446\u0438\u0430\u043B\u044C\u043D\u044B\u0439 \u043A\u0430\u043D\u0430\u043B \u0448\u043A\u043E\u043B\u044B; other \u2014 \u0434\u0440\u0443\u0433\u043E\u0435.",
      "x-description-en": "class, parents, subject, educational, administrative, staff, official or other.",
      type: "string",
      enum: ["class", "parents", "subject", "educational", "administrative", "staff", "official", "other"]
    },
    class: {
      title: "\u041A\u043B\u0430\u0441\u0441",
      "x-title-en": "Class",
      description: "\u0418\u0434\u0435\u043D\u0442\u0438\u0444\u0438\u043A\u0430\u0442\u043E\u0440 \u043A\u043B\u0430\u0441\u0441\u0430 \u0434\u043B\u044F \u0447\u0430\u0442\u043E\u0432 \u043A\u043B\u0430\u0441\u0441\u0430 \u0438 \u0440\u043E\u0434\u0438\u0442\u0435\u043B\u044C\u0441\u043A\u0438\u0445 \u0447\u0430\u0442\u043E\u0432.",
      "x-description-en": "Class id for class and parents' chats.",
      $ref: "common.schema.json#/$defs/identifier"
    },
    owner: {
      title: "\u0412\u043B\u0430\u0434\u0435\u043B\u0435\u0446",
      "x-title-en": "Owner",
      description: "\u0418\u0434\u0435\u043D\u0442\u0438\u0444\u0438\u043A\u0430\u0442\u043E\u0440 \u0447\u0435\u043B\u043E\u0432\u0435\u043A\u0430 \u2014 \u0432\u043B\u0430\u0434\u0435\u043B\u044C\u0446\u0430 \u0438\u043B\u0438 \u0441\u043E\u0437\u0434\u0430\u0442\u0435\u043B\u044F.",
      "x-description-en": "Person id of the owner or creator.",
      $ref: "common.schema.json#/$defs/identifier"
    },
    members: {
      title: "\u0423\u0447\u0430\u0441\u0442\u043D\u0438\u043A\u0438",
      "x-title-en": "Members",
      description: "\u0418\u0434\u0435\u043D\u0442\u0438\u0444\u0438\u043A\u0430\u0442\u043E\u0440\u044B \u0443\u0447\u0430\u0441\u0442\u043D\u0438\u043A\u043E\u0432, \u0435\u0441\u043B\u0438 \u0448\u043A\u043E\u043B\u0430 \u0438\u0445 \u0437\u043D\u0430\u0435\u0442.",
      "x-description-en": "Person ids of the members, when the school knows them.",
      type: "array",
      items: { $ref: "common.schema.json#/$defs/identifier" }
    },
    memberCounts: { $ref: "#/$defs/memberCounts" },
    autoCreated: {
      title: "\u0421\u043E\u0437\u0434\u0430\u043D \u0430\u0432\u0442\u043E\u043C\u0430\u0442\u0438\u0447\u0435\u0441\u043A\u0438",
      "x-title-en": "Created automatically",
      description: "\u0421\u043E\u0437\u0434\u0430\u043D \u043F\u043B\u0430\u0442\u0444\u043E\u0440\u043C\u043E\u0439 \u0430\u0432\u0442\u043E\u043C\u0430\u0442\u0438\u0447\u0435\u0441\u043A\u0438 \u043F\u043E \u0434\u0430\u043D\u043D\u044B\u043C \u044D\u043B\u0435\u043A\u0442\u0440\u043E\u043D\u043D\u043E\u0439 \u0448\u043A\u043E\u043B\u044B.",
      "x-description-en": "Created automatically by the platform from e-school data.",
      type: "boolean"
    },
    createdAt: {
      title: "\u0414\u0430\u0442\u0430 \u0441\u043E\u0437\u0434\u0430\u043D\u0438\u044F",
      "x-title-en": "Created on",
      $ref: "common.schema.json#/$defs/isoDate"
    },
    lastActivityAt: {
      title: "\u041F\u043E\u0441\u043B\u0435\u0434\u043D\u044F\u044F \u0430\u043A\u0442\u0438\u0432\u043D\u043E\u0441\u0442\u044C",
      "x-title-en": "Last activity",
      $ref: "common.schema.json#/$defs/isoDate"
    },
    content: { $ref: "#/$defs/channelContent" }
  },
  $defs: {
    memberCount: {
      title: "\u0427\u0438\u0441\u043B\u043E \u0443\u0447\u0430\u0441\u0442\u043D\u0438\u043A\u043E\u0432",
      "x-title-en": "Member count",
      type: "integer",
      minimum: 0
    },
    memberCounts: {
      title: "\u0427\u0438\u0441\u043B\u043E \u0443\u0447\u0430\u0441\u0442\u043D\u0438\u043A\u043E\u0432 \u043F\u043E \u0440\u043E\u043B\u044F\u043C",
      "x-title-en": "Member counts by role",
      description: "\u041A\u043E\u0433\u0434\u0430 \u0438\u0437\u0432\u0435\u0441\u0442\u043D\u044B \u0442\u043E\u043B\u044C\u043A\u043E \u043A\u043E\u043B\u0438\u0447\u0435\u0441\u0442\u0432\u0430, \u0430 \u043D\u0435 \u0441\u0430\u043C\u0438 \u0443\u0447\u0430\u0441\u0442\u043D\u0438\u043A\u0438.",
      "x-description-en": "When only counts are known, not the members.",
      type: "object",
      additionalProperties: false,
      properties: {
        administration: { $ref: "#/$defs/memberCount" },
        teacher: { $ref: "#/$defs/memberCount" },
        "class-teacher": { $ref: "#/$defs/memberCount" },
        student: { $ref: "#/$defs/memberCount" },
        parent: { $ref: "#/$defs/memberCount" },
        other: { $ref: "#/$defs/memberCount" }
      }
    },
    channelContent: {
      title: "\u0421\u043E\u0434\u0435\u0440\u0436\u0438\u043C\u043E\u0435",
      "x-title-en": "Content",
      description: "\u0427\u0442\u043E \u043F\u0443\u0431\u043B\u0438\u043A\u0443\u0435\u0442\u0441\u044F \u0432 \u043A\u0430\u043D\u0430\u043B\u0435 (\u043F\u043E \u0434\u0430\u043D\u043D\u044B\u043C \u0448\u043A\u043E\u043B\u044B \u0438\u043B\u0438 \u043F\u0440\u043E\u0432\u0435\u0440\u043A\u0438 \u0432\u044B\u0433\u0440\u0443\u0437\u043A\u0438).",
      "x-description-en": "What the channel carries (as known to the school or found in an export).",
      type: "object",
      additionalProperties: false,
      properties: {
        personalData: {
          title: "\u041F\u0435\u0440\u0441\u043E\u043D\u0430\u043B\u044C\u043D\u044B\u0435 \u0434\u0430\u043D\u043D\u044B\u0435",
          "x-title-en": "Personal data",
          type: "boolean"
        },
        paymentDocuments: {
          title: "\u041F\u043B\u0430\u0442\u0451\u0436\u043D\u044B\u0435 \u0434\u043E\u043A\u0443\u043C\u0435\u043D\u0442\u044B",
          "x-title-en": "Payment documents",
          type: "boolean"
        },
        bankDetails: {
          title: "\u0411\u0430\u043D\u043A\u043E\u0432\u0441\u043A\u0438\u0435 \u0440\u0435\u043A\u0432\u0438\u0437\u0438\u0442\u044B",
          "x-title-en": "Bank details",
          type: "boolean"
        }
      }
    }
  }
};

// schemas/common.schema.json
var common_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://sferum-compliance.dev/schemas/common.schema.json",
  title: "\u041E\u0431\u0449\u0438\u0435 \u043E\u043F\u0440\u0435\u0434\u0435\u043B\u0435\u043D\u0438\u044F \u0432\u0445\u043E\u0434\u043D\u044B\u0445 \u0434\u0430\u043D\u043D\u044B\u0445 sferum-compliance",
  "x-title-en": "Shared definitions of the sferum-compliance input",
  description: "\u0422\u0438\u043F\u044B, \u043E\u0431\u0449\u0438\u0435 \u0434\u043B\u044F \u0444\u0430\u0439\u043B\u0430 \u0448\u043A\u043E\u043B\u044B, \u0441\u043F\u0438\u0441\u043A\u0430 \u043B\u044E\u0434\u0435\u0439 \u0438 \u0440\u0435\u0435\u0441\u0442\u0440\u0430 \u043A\u0430\u043D\u0430\u043B\u043E\u0432.",
  "x-description-en": "Types shared by the school file, the roster and the channel inventory.",
  $defs: {
    isoDate: {
      title: "\u0414\u0430\u0442\u0430",
      "x-title-en": "Date",
      description: "\u041A\u0430\u043B\u0435\u043D\u0434\u0430\u0440\u043D\u0430\u044F \u0434\u0430\u0442\u0430 \u0432 \u0444\u043E\u0440\u043C\u0430\u0442\u0435 \u0413\u0413\u0413\u0413-\u041C\u041C-\u0414\u0414, \u0431\u0435\u0437 \u0432\u0440\u0435\u043C\u0435\u043D\u0438 \u0438 \u0447\u0430\u0441\u043E\u0432\u043E\u0433\u043E \u043F\u043E\u044F\u0441\u0430 (\u043F\u0440\u043E\u0432\u0435\u0440\u043A\u0438 \u0432\u0435\u0434\u0443\u0442\u0441\u044F \u043F\u043E \u043A\u0430\u043B\u0435\u043D\u0434\u0430\u0440\u043D\u044B\u043C \u0434\u043D\u044F\u043C).",
      "x-description-en": "A calendar date, YYYY-MM-DD, without time or time zone (audits are by calendar day).",
      type: "string",
      format: "date"
    },
    identifier: {
      title: "\u0418\u0434\u0435\u043D\u0442\u0438\u0444\u0438\u043A\u0430\u0442\u043E\u0440",
      "x-title-en": "Identifier",
      description: "\u041D\u0435\u043F\u0443\u0441\u0442\u0430\u044F \u0441\u0442\u0440\u043E\u043A\u0430. \u0414\u043B\u044F \u043B\u044E\u0434\u0435\u0439 \u0434\u043E\u0441\u0442\u0430\u0442\u043E\u0447\u043D\u043E \u043F\u0441\u0435\u0432\u0434\u043E\u043D\u0438\u043C\u043D\u043E\u0433\u043E \u043A\u043E\u0434\u0430: \u0438\u043C\u0435\u043D\u0430 \u043D\u0435 \u043D\u0443\u0436\u043D\u044B \u043D\u0438 \u043E\u0434\u043D\u043E\u043C\u0443 \u043F\u0440\u0430\u0432\u0438\u043B\u0443.",
      "x-description-en": "A non-blank string. For people a pseudonymous code is enough: no rule needs names.",
      type: "string",
      maxLength: 200,
      pattern: "\\S"
    },
    text: {
      title: "\u0422\u0435\u043A\u0441\u0442",
      "x-title-en": "Text",
      description: "\u041D\u0435\u043F\u0443\u0441\u0442\u0430\u044F \u0441\u0442\u0440\u043E\u043A\u0430.",
      "x-description-en": "A non-blank string.",
      type: "string",
      pattern: "\\S"
    },
    personRole: {
      title: "\u0420\u043E\u043B\u044C \u0443\u0447\u0430\u0441\u0442\u043D\u0438\u043A\u0430",
      "x-title-en": "Participant role",
      description: "administration \u2014 \u0430\u0434\u043C\u0438\u043D\u0438\u0441\u0442\u0440\u0430\u0446\u0438\u044F; teacher \u2014 \u043F\u0435\u0434\u0430\u0433\u043E\u0433; class-teacher \u2014 \u043A\u043B\u0430\u0441\u0441\u043D\u044B\u0439 \u0440\u0443\u043A\u043E\u0432\u043E\u0434\u0438\u0442\u0435\u043B\u044C; student \u2014 \u043E\u0431\u0443\u0447\u0430\u044E\u0449\u0438\u0439\u0441\u044F; parent \u2014 \u0440\u043E\u0434\u0438\u0442\u0435\u043B\u044C (\u0437\u0430\u043A\u043E\u043D\u043D\u044B\u0439 \u043F\u0440\u0435\u0434\u0441\u0442\u0430\u0432\u0438\u0442\u0435\u043B\u044C).",
      "x-description-en": "administration; teacher (pedagogical staff); class-teacher; student; parent (or legal representative).",
      type: "string",
      enum: ["administration", "teacher", "class-teacher", "student", "parent"]
    },
    fileReference: {
      title: "\u0421\u0441\u044B\u043B\u043A\u0430 \u043D\u0430 CSV-\u0444\u0430\u0439\u043B",
      "x-title-en": "CSV file reference",
      description: "CSV-\u0444\u0430\u0439\u043B \u0440\u044F\u0434\u043E\u043C \u0441 \u0444\u0430\u0439\u043B\u043E\u043C \u0448\u043A\u043E\u043B\u044B (\u043D\u0430\u043F\u0440\u0438\u043C\u0435\u0440, \u0432\u044B\u0433\u0440\u0443\u0437\u043A\u0430 \u0438\u0437 Excel).",
      "x-description-en": "A CSV file next to the school file (e.g. saved from Excel).",
      type: "object",
      additionalProperties: false,
      required: ["file"],
      properties: {
        file: {
          title: "\u041F\u0443\u0442\u044C \u043A \u0444\u0430\u0439\u043B\u0443",
          "x-title-en": "File path",
          description: "\u041F\u0443\u0442\u044C \u043E\u0442\u043D\u043E\u0441\u0438\u0442\u0435\u043B\u044C\u043D\u043E \u0444\u0430\u0439\u043B\u0430 \u0448\u043A\u043E\u043B\u044B.",
          "x-description-en": "Path relative to the school file.",
          $ref: "#/$defs/text"
        },
        delimiter: {
          title: "\u0420\u0430\u0437\u0434\u0435\u043B\u0438\u0442\u0435\u043B\u044C",
          "x-title-en": "Delimiter",
          description: "\xAB;\xBB \u0438\u043B\u0438 \xAB,\xBB; \u0435\u0441\u043B\u0438 \u043D\u0435 \u0443\u043A\u0430\u0437\u0430\u043D, \u043E\u043F\u0440\u0435\u0434\u0435\u043B\u044F\u0435\u0442\u0441\u044F \u043F\u043E \u0441\u0442\u0440\u043E\u043A\u0435 \u0437\u0430\u0433\u043E\u043B\u043E\u0432\u043A\u043E\u0432.",
          "x-description-en": "`;` or `,`; detected from the header line when absent.",
          type: "string",
          enum: [";", ","]
        },
        encoding: {
          title: "\u041A\u043E\u0434\u0438\u0440\u043E\u0432\u043A\u0430",
          "x-title-en": "Encoding",
          description: "utf-8 (\u0441 BOM \u0438\u043B\u0438 \u0431\u0435\u0437) \u0438\u043B\u0438 windows-1251 (\u043A\u0430\u043A \u0441\u043E\u0445\u0440\u0430\u043D\u044F\u0435\u0442 \u0440\u0443\u0441\u0441\u043A\u0438\u0439 Excel); \u0435\u0441\u043B\u0438 \u043D\u0435 \u0443\u043A\u0430\u0437\u0430\u043D\u0430, \u043E\u043F\u0440\u0435\u0434\u0435\u043B\u044F\u0435\u0442\u0441\u044F \u0430\u0432\u0442\u043E\u043C\u0430\u0442\u0438\u0447\u0435\u0441\u043A\u0438.",
          "x-description-en": "utf-8 (with or without BOM) or windows-1251 (as Russian Excel saves it); detected when absent.",
          type: "string",
          enum: ["utf-8", "windows-1251"]
        }
      }
    }
  }
};

// schemas/person.schema.json
var person_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://sferum-compliance.dev/schemas/person.schema.json",
  title: "\u0423\u0447\u0430\u0441\u0442\u043D\u0438\u043A \u043E\u0431\u0440\u0430\u0437\u043E\u0432\u0430\u0442\u0435\u043B\u044C\u043D\u044B\u0445 \u043E\u0442\u043D\u043E\u0448\u0435\u043D\u0438\u0439",
  "x-title-en": "Participant",
  description: "\u041E\u0434\u043D\u0430 \u0441\u0442\u0440\u043E\u043A\u0430 \u0441\u043F\u0438\u0441\u043A\u0430 \u043B\u044E\u0434\u0435\u0439: \u0441\u043E\u0442\u0440\u0443\u0434\u043D\u0438\u043A, \u043E\u0431\u0443\u0447\u0430\u044E\u0449\u0438\u0439\u0441\u044F \u0438\u043B\u0438 \u0440\u043E\u0434\u0438\u0442\u0435\u043B\u044C (\u0437\u0430\u043A\u043E\u043D\u043D\u044B\u0439 \u043F\u0440\u0435\u0434\u0441\u0442\u0430\u0432\u0438\u0442\u0435\u043B\u044C). \u0418\u043C\u0435\u043D\u0430 \u043D\u0435\u043E\u0431\u044F\u0437\u0430\u0442\u0435\u043B\u044C\u043D\u044B: \u044D\u0442\u043E \u043F\u0435\u0440\u0441\u043E\u043D\u0430\u043B\u044C\u043D\u044B\u0435 \u0434\u0430\u043D\u043D\u044B\u0435, \u0438 \u0432 \u043E\u0442\u0447\u0451\u0442\u044B \u043E\u043D\u0438 \u043D\u0435 \u043F\u043E\u043F\u0430\u0434\u0430\u044E\u0442.",
  "x-description-en": "One roster entry: a staff member, a student or a parent (legal representative). Names are optional: they are personal data and never appear in reports.",
  type: "object",
  additionalProperties: false,
  required: ["id", "roles", "profile", "eschool"],
  properties: {
    id: {
      title: "\u0418\u0434\u0435\u043D\u0442\u0438\u0444\u0438\u043A\u0430\u0442\u043E\u0440",
      "x-title-en": "Identifier",
      description: "\u0423\u043D\u0438\u043A\u0430\u043B\u044C\u043D\u044B\u0439 \u043A\u043E\u0434 \u0447\u0435\u043B\u043E\u0432\u0435\u043A\u0430 \u0432 \u043F\u0440\u0435\u0434\u0435\u043B\u0430\u0445 \u0448\u043A\u043E\u043B\u044B (\u043D\u0430\u043F\u0440\u0438\u043C\u0435\u0440, \xABt-017\xBB); \u043D\u0430 \u043D\u0435\u0433\u043E \u0441\u0441\u044B\u043B\u0430\u044E\u0442\u0441\u044F \u0434\u0440\u0443\u0433\u0438\u0435 \u0437\u0430\u043F\u0438\u0441\u0438.",
      "x-description-en": "The person's unique code within the school (e.g. `t-017`); other entries refer to it.",
      $ref: "common.schema.json#/$defs/identifier"
    },
    name: {
      title: "\u0424\u0418\u041E",
      "x-title-en": "Name",
      description: "\u041D\u0435\u043E\u0431\u044F\u0437\u0430\u0442\u0435\u043B\u044C\u043D\u043E. \u041F\u0435\u0440\u0441\u043E\u043D\u0430\u043B\u044C\u043D\u044B\u0435 \u0434\u0430\u043D\u043D\u044B\u0435: \u0432 \u043E\u0442\u0447\u0451\u0442\u0430\u0445 \u043D\u0435 \u0432\u044B\u0432\u043E\u0434\u044F\u0442\u0441\u044F.",
      "x-description-en": "Optional. Personal data: never printed in reports.",
      type: "string"
    },
    roles: {
      title: "\u0420\u043E\u043B\u0438",
      "x-title-en": "Roles",
      description: "\u041E\u0434\u043D\u0430 \u0438\u043B\u0438 \u043D\u0435\u0441\u043A\u043E\u043B\u044C\u043A\u043E \u0440\u043E\u043B\u0435\u0439: administration, teacher, class-teacher, student, parent.",
      "x-description-en": "One or more roles: administration, teacher, class-teacher, student, parent.",
      type: "array",
      minItems: 1,
      uniqueItems: true,
      items: { $ref: "common.schema.json#/$defs/personRole" }
    },
    position: {
      title: "\u0414\u043E\u043B\u0436\u043D\u043E\u0441\u0442\u044C",
      "x-title-en": "Position",
      description: "\u0414\u043B\u044F \u0441\u043E\u0442\u0440\u0443\u0434\u043D\u0438\u043A\u043E\u0432: \xAB\u0434\u0438\u0440\u0435\u043A\u0442\u043E\u0440\xBB, \xAB\u0437\u0430\u043C\u0435\u0441\u0442\u0438\u0442\u0435\u043B\u044C \u0434\u0438\u0440\u0435\u043A\u0442\u043E\u0440\u0430 \u043F\u043E \u0423\u0412\u0420\xBB, \xAB\u0443\u0447\u0438\u0442\u0435\u043B\u044C \u043C\u0430\u0442\u0435\u043C\u0430\u0442\u0438\u043A\u0438\xBB\u2026",
      "x-description-en": "For staff: director, deputy director, maths teacher\u2026",
      type: "string"
    },
    class: {
      title: "\u041A\u043B\u0430\u0441\u0441",
      "x-title-en": "Class",
      description: "\u0414\u043B\u044F \u043E\u0431\u0443\u0447\u0430\u044E\u0449\u0435\u0433\u043E\u0441\u044F: \u0438\u0434\u0435\u043D\u0442\u0438\u0444\u0438\u043A\u0430\u0442\u043E\u0440 \u043A\u043B\u0430\u0441\u0441\u0430, \u043D\u0430\u043F\u0440\u0438\u043C\u0435\u0440 \xAB5\u0410\xBB.",
      "x-description-en": "For a student: the class id, e.g. `5\u0410`.",
      $ref: "common.schema.json#/$defs/identifier"
    },
    classTeacherOf: {
      title: "\u041A\u043B\u0430\u0441\u0441\u043D\u044B\u0439 \u0440\u0443\u043A\u043E\u0432\u043E\u0434\u0438\u0442\u0435\u043B\u044C \u043A\u043B\u0430\u0441\u0441\u043E\u0432",
      "x-title-en": "Class teacher of",
      description: "\u0414\u043B\u044F \u043A\u043B\u0430\u0441\u0441\u043D\u043E\u0433\u043E \u0440\u0443\u043A\u043E\u0432\u043E\u0434\u0438\u0442\u0435\u043B\u044F: \u0438\u0434\u0435\u043D\u0442\u0438\u0444\u0438\u043A\u0430\u0442\u043E\u0440\u044B \u0435\u0433\u043E \u043A\u043B\u0430\u0441\u0441\u043E\u0432.",
      "x-description-en": "For a class teacher: the ids of their classes.",
      type: "array",
      items: { $ref: "common.schema.json#/$defs/identifier" }
    },
    parentOf: {
      title: "\u0420\u043E\u0434\u0438\u0442\u0435\u043B\u044C \u043E\u0431\u0443\u0447\u0430\u044E\u0449\u0438\u0445\u0441\u044F",
      "x-title-en": "Parent of",
      description: "\u0414\u043B\u044F \u0440\u043E\u0434\u0438\u0442\u0435\u043B\u044F: \u0438\u0434\u0435\u043D\u0442\u0438\u0444\u0438\u043A\u0430\u0442\u043E\u0440\u044B \u0434\u0435\u0442\u0435\u0439 \u0438\u0437 \u044D\u0442\u043E\u0433\u043E \u0436\u0435 \u0441\u043F\u0438\u0441\u043A\u0430.",
      "x-description-en": "For a parent: the person ids of their children in this roster.",
      type: "array",
      items: { $ref: "common.schema.json#/$defs/identifier" }
    },
    phone: {
      title: "\u0422\u0435\u043B\u0435\u0444\u043E\u043D",
      "x-title-en": "Phone",
      description: "\u041F\u0435\u0440\u0441\u043E\u043D\u0430\u043B\u044C\u043D\u044B\u0435 \u0434\u0430\u043D\u043D\u044B\u0435: \u0438\u0441\u043F\u043E\u043B\u044C\u0437\u0443\u0435\u0442\u0441\u044F \u0442\u043E\u043B\u044C\u043A\u043E \u0434\u043B\u044F \u0441\u0440\u0430\u0432\u043D\u0435\u043D\u0438\u044F \u0441 \u0442\u0435\u043B\u0435\u0444\u043E\u043D\u043E\u043C \u0440\u0435\u0433\u0438\u0441\u0442\u0440\u0430\u0446\u0438\u0438, \u0432 \u043E\u0442\u0447\u0451\u0442\u0430\u0445 \u043C\u0430\u0441\u043A\u0438\u0440\u0443\u0435\u0442\u0441\u044F.",
      "x-description-en": "Personal data: used only to compare with registration phones, masked in reports.",
      type: "string"
    },
    profile: { $ref: "#/$defs/educationalProfile" },
    eschool: { $ref: "#/$defs/eschoolLink" }
  },
  $defs: {
    educationalProfile: {
      title: "\u0423\u0447\u0435\u0431\u043D\u044B\u0439 \u043F\u0440\u043E\u0444\u0438\u043B\u044C VK \u041C\u0435\u0441\u0441\u0435\u043D\u0434\u0436\u0435\u0440\u0430",
      "x-title-en": "VK Messenger educational profile",
      description: "\u0423\u0447\u0435\u0431\u043D\u044B\u0439 \u043F\u0440\u043E\u0444\u0438\u043B\u044C (\u043F\u0443\u043D\u043A\u0442\u044B 2.3.a\u20132.6.a \u041F\u043E\u0440\u044F\u0434\u043A\u0430).",
      "x-description-en": "The educational profile (clauses 2.3.a\u20132.6.a).",
      type: "object",
      additionalProperties: false,
      required: ["created"],
      properties: {
        created: {
          title: "\u041F\u0440\u043E\u0444\u0438\u043B\u044C \u0441\u043E\u0437\u0434\u0430\u043D",
          "x-title-en": "Profile created",
          description: "\u0423\u0447\u0435\u0431\u043D\u044B\u0439 \u043F\u0440\u043E\u0444\u0438\u043B\u044C \u0441\u043E\u0437\u0434\u0430\u043D.",
          "x-description-en": "The educational profile exists.",
          type: "boolean"
        },
        secured: {
          title: "\u041F\u0440\u043E\u0444\u0438\u043B\u044C \u0437\u0430\u0449\u0438\u0449\u0451\u043D",
          "x-title-en": "Profile secured",
          description: "\u041F\u0440\u0438\u043D\u044F\u0442\u044B \u043C\u0435\u0440\u044B \u0431\u0435\u0437\u043E\u043F\u0430\u0441\u043D\u043E\u0441\u0442\u0438 \u043F\u0440\u043E\u0444\u0438\u043B\u044F.",
          "x-description-en": "The profile is kept secure.",
          type: "boolean"
        },
        twoFactor: {
          title: "\u0414\u0432\u0443\u0445\u0444\u0430\u043A\u0442\u043E\u0440\u043D\u0430\u044F \u0430\u0443\u0442\u0435\u043D\u0442\u0438\u0444\u0438\u043A\u0430\u0446\u0438\u044F",
          "x-title-en": "Two-factor authentication",
          description: "\u0412\u043A\u043B\u044E\u0447\u0451\u043D \u0432\u0442\u043E\u0440\u043E\u0439 \u0444\u0430\u043A\u0442\u043E\u0440 \u0432\u0445\u043E\u0434\u0430.",
          "x-description-en": "A second sign-in factor is switched on.",
          type: "boolean"
        },
        createdAt: {
          title: "\u0414\u0430\u0442\u0430 \u0441\u043E\u0437\u0434\u0430\u043D\u0438\u044F \u043F\u0440\u043E\u0444\u0438\u043B\u044F",
          "x-title-en": "Profile created on",
          $ref: "common.schema.json#/$defs/isoDate"
        }
      }
    },
    eschoolLink: {
      title: "\u0421\u0432\u044F\u0437\u044C \u0441 \u044D\u043B\u0435\u043A\u0442\u0440\u043E\u043D\u043D\u043E\u0439 \u0448\u043A\u043E\u043B\u043E\u0439",
      "x-title-en": "E-school link",
      description: "\u041F\u0440\u0438\u0432\u044F\u0437\u043A\u0430 \u043F\u0440\u043E\u0444\u0438\u043B\u044F \xAB\u0421\u0444\u0435\u0440\u0443\u043C\u0430\xBB \u043A \u0440\u0435\u0433\u0438\u043E\u043D\u0430\u043B\u044C\u043D\u043E\u0439 \u0441\u0438\u0441\u0442\u0435\u043C\u0435 \xAB\u042D\u043B\u0435\u043A\u0442\u0440\u043E\u043D\u043D\u0430\u044F \u0448\u043A\u043E\u043B\u0430\xBB (\u043F\u0443\u043D\u043A\u0442\u044B 2.3.b\u20132.6.b).",
      "x-description-en": "The link of the Sferum profile to the regional e-school system (clauses 2.3.b\u20132.6.b).",
      type: "object",
      additionalProperties: false,
      required: ["linked"],
      properties: {
        linked: {
          title: "\u0421\u0432\u044F\u0437\u044C \u0443\u0441\u0442\u0430\u043D\u043E\u0432\u043B\u0435\u043D\u0430",
          "x-title-en": "Linked",
          description: "\u041F\u0440\u043E\u0444\u0438\u043B\u044C \u0441\u0432\u044F\u0437\u0430\u043D \u0441 \u044D\u043B\u0435\u043A\u0442\u0440\u043E\u043D\u043D\u043E\u0439 \u0448\u043A\u043E\u043B\u043E\u0439.",
          "x-description-en": "The profile is linked to the e-school system.",
          type: "boolean"
        },
        organization: {
          title: "\u041E\u0440\u0433\u0430\u043D\u0438\u0437\u0430\u0446\u0438\u044F \u0432 \u042D\u0428",
          "x-title-en": "Organisation in the e-school system",
          description: "\u041E\u0440\u0433\u0430\u043D\u0438\u0437\u0430\u0446\u0438\u044F, \u043A \u043A\u043E\u0442\u043E\u0440\u043E\u0439 \u043F\u0440\u0438\u0441\u043E\u0435\u0434\u0438\u043D\u0438\u043B\u0441\u044F \u0447\u0435\u043B\u043E\u0432\u0435\u043A; \u0441\u0440\u0430\u0432\u043D\u0438\u0432\u0430\u0435\u0442\u0441\u044F \u0441 eSchoolOrganizationId \u0438\u043B\u0438 \u043D\u0430\u0437\u0432\u0430\u043D\u0438\u0435\u043C \u0448\u043A\u043E\u043B\u044B.",
          "x-description-en": "The organisation joined; compared with the school's eSchoolOrganizationId or name.",
          type: "string"
        },
        role: {
          title: "\u0420\u043E\u043B\u044C \u0432 \u042D\u0428",
          "x-title-en": "Role in the e-school system",
          description: "\u0420\u043E\u043B\u044C \u043A\u0430\u043A \u0437\u0430\u043F\u0438\u0441\u0430\u043D\u0430; \u0440\u0430\u0441\u043F\u043E\u0437\u043D\u0430\u043D\u043D\u044B\u0435 \u0441\u0438\u043D\u043E\u043D\u0438\u043C\u044B \u043F\u0440\u0438\u0432\u043E\u0434\u044F\u0442\u0441\u044F \u043A \xAB\u0443\u0447\u0438\u0442\u0435\u043B\u044C\xBB, \xAB\u0443\u0447\u0435\u043D\u0438\u043A\xBB, \xAB\u0440\u043E\u0434\u0438\u0442\u0435\u043B\u044C\xBB.",
          "x-description-en": "The role as written; recognised synonyms are normalised to \xAB\u0443\u0447\u0438\u0442\u0435\u043B\u044C\xBB, \xAB\u0443\u0447\u0435\u043D\u0438\u043A\xBB, \xAB\u0440\u043E\u0434\u0438\u0442\u0435\u043B\u044C\xBB.",
          type: "string"
        }
      }
    }
  }
};

// schemas/school.schema.json
var school_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://sferum-compliance.dev/schemas/school.schema.json",
  title: "\u0424\u0430\u0439\u043B \u0448\u043A\u043E\u043B\u044B",
  "x-title-en": "School file",
  description: "\u041E\u043F\u0438\u0441\u0430\u043D\u0438\u0435 \u0448\u043A\u043E\u043B\u044B \u0434\u043B\u044F \u043F\u0440\u043E\u0432\u0435\u0440\u043A\u0438 \u0441\u043E\u0431\u043B\u044E\u0434\u0435\u043D\u0438\u044F \u041F\u043E\u0440\u044F\u0434\u043A\u0430 \u043F\u0440\u0438\u043C\u0435\u043D\u0435\u043D\u0438\u044F \u0441\u0435\u0440\u0432\u0438\u0441\u043E\u0432 \xAB\u0421\u0444\u0435\u0440\u0443\u043C\xBB \u0438 VK \u041C\u0435\u0441\u0441\u0435\u043D\u0434\u0436\u0435\u0440\u0430: \u0448\u043A\u043E\u043B\u0430, \u043A\u043B\u0430\u0441\u0441\u044B, \u0434\u043E\u043A\u0443\u043C\u0435\u043D\u0442\u044B, \u0430\u0434\u043C\u0438\u043D\u0438\u0441\u0442\u0440\u0430\u0442\u043E\u0440\u044B \u043F\u043B\u0430\u0442\u0444\u043E\u0440\u043C\u044B, \u0437\u0430\u043F\u0438\u0441\u0438, \u043F\u043E\u0434\u0442\u0432\u0435\u0440\u0436\u0434\u0435\u043D\u0438\u044F, \u0441\u043F\u0438\u0441\u043E\u043A \u043B\u044E\u0434\u0435\u0439 \u0438 \u0440\u0435\u0435\u0441\u0442\u0440 \u043A\u0430\u043D\u0430\u043B\u043E\u0432.",
  "x-description-en": "A school's description for auditing the Sferum / VK Messenger regulation: the school, classes, documents, platform admins, records, attestations, the roster and the channel inventory.",
  type: "object",
  additionalProperties: false,
  required: ["school"],
  properties: {
    schemaVersion: {
      title: "\u0412\u0435\u0440\u0441\u0438\u044F \u0444\u043E\u0440\u043C\u0430\u0442\u0430",
      "x-title-en": "Format version",
      description: "\u0412\u0435\u0440\u0441\u0438\u044F \u0444\u043E\u0440\u043C\u0430\u0442\u0430 \u0432\u0445\u043E\u0434\u043D\u044B\u0445 \u0434\u0430\u043D\u043D\u044B\u0445; \u0441\u0443\u0449\u0435\u0441\u0442\u0432\u0443\u0435\u0442 \u0442\u043E\u043B\u044C\u043A\u043E 1.",
      "x-description-en": "Version of the input format; only 1 exists.",
      const: 1
    },
    school: { $ref: "#/$defs/school" },
    classes: {
      title: "\u041A\u043B\u0430\u0441\u0441\u044B",
      "x-title-en": "Classes",
      description: "\u041A\u043B\u0430\u0441\u0441\u044B \u0448\u043A\u043E\u043B\u044B. \u0415\u0441\u043B\u0438 \u043D\u0435 \u0443\u043A\u0430\u0437\u0430\u043D\u044B, \u0431\u0435\u0440\u0443\u0442\u0441\u044F \u0438\u0437 \u0441\u043F\u0438\u0441\u043A\u0430 \u043E\u0431\u0443\u0447\u0430\u044E\u0449\u0438\u0445\u0441\u044F.",
      "x-description-en": "The classes of the school. When absent, classes are taken from the roster.",
      type: "array",
      items: { $ref: "#/$defs/schoolClass" }
    },
    documents: {
      title: "\u0414\u043E\u043A\u0443\u043C\u0435\u043D\u0442\u044B",
      "x-title-en": "Documents",
      description: "\u041B\u043E\u043A\u0430\u043B\u044C\u043D\u044B\u0435 \u0430\u043A\u0442\u044B \u0438 \u043F\u0440\u0438\u043A\u0430\u0437\u044B \u0448\u043A\u043E\u043B\u044B.",
      "x-description-en": "The school's local acts and orders.",
      type: "array",
      items: { $ref: "#/$defs/document" }
    },
    admins: {
      title: "\u0410\u0434\u043C\u0438\u043D\u0438\u0441\u0442\u0440\u0430\u0442\u043E\u0440\u044B \u043F\u043B\u0430\u0442\u0444\u043E\u0440\u043C\u044B",
      "x-title-en": "Platform administrators",
      description: "\u0410\u0434\u043C\u0438\u043D\u0438\u0441\u0442\u0440\u0430\u0442\u043E\u0440\u044B \u043E\u0440\u0433\u0430\u043D\u0438\u0437\u0430\u0446\u0438\u0438 \u043D\u0430 \u043F\u043B\u0430\u0442\u0444\u043E\u0440\u043C\u0435 \xAB\u0421\u0444\u0435\u0440\u0443\u043C\xBB (\u043F\u0443\u043D\u043A\u0442\u044B 2.1.b, 2.2).",
      "x-description-en": "The organisation's administrators on the Sferum platform (clauses 2.1.b, 2.2).",
      type: "array",
      items: { $ref: "#/$defs/platformAdmin" }
    },
    records: { $ref: "#/$defs/records" },
    attestations: {
      title: "\u041F\u043E\u0434\u0442\u0432\u0435\u0440\u0436\u0434\u0435\u043D\u0438\u044F",
      "x-title-en": "Attestations",
      description: "\u041E\u0442\u0432\u0435\u0442\u044B \u043B\u044E\u0434\u0435\u0439 \u043F\u043E \u043F\u0443\u043D\u043A\u0442\u0430\u043C, \u043A\u043E\u0442\u043E\u0440\u044B\u0435 \u043D\u0435\u043B\u044C\u0437\u044F \u043F\u0440\u043E\u0432\u0435\u0440\u0438\u0442\u044C \u043F\u043E \u0434\u0430\u043D\u043D\u044B\u043C.",
      "x-description-en": "Recorded human answers for clauses that data cannot decide.",
      type: "array",
      items: { $ref: "#/$defs/attestation" }
    },
    people: {
      title: "\u0421\u043F\u0438\u0441\u043E\u043A \u043B\u044E\u0434\u0435\u0439",
      "x-title-en": "Roster",
      description: "\u0421\u043F\u0438\u0441\u043E\u043A \u043B\u044E\u0434\u0435\u0439 \u043F\u0440\u044F\u043C\u043E \u0432 \u0444\u0430\u0439\u043B\u0435 \u0438\u043B\u0438 \u0441\u0441\u044B\u043B\u043A\u0430 \u043D\u0430 CSV-\u0444\u0430\u0439\u043B \u0440\u044F\u0434\u043E\u043C \u0441 \u043D\u0438\u043C.",
      "x-description-en": "The roster inline, or a reference to a CSV file next to the school file.",
      if: { type: "array" },
      then: { type: "array", items: { $ref: "person.schema.json" } },
      else: { $ref: "common.schema.json#/$defs/fileReference" }
    },
    channels: {
      title: "\u0420\u0435\u0435\u0441\u0442\u0440 \u043A\u0430\u043D\u0430\u043B\u043E\u0432",
      "x-title-en": "Channel inventory",
      description: "\u0420\u0435\u0435\u0441\u0442\u0440 \u0447\u0430\u0442\u043E\u0432 \u0438 \u043A\u0430\u043D\u0430\u043B\u043E\u0432 \u043F\u0440\u044F\u043C\u043E \u0432 \u0444\u0430\u0439\u043B\u0435 \u0438\u043B\u0438 \u0441\u0441\u044B\u043B\u043A\u0430 \u043D\u0430 CSV-\u0444\u0430\u0439\u043B \u0440\u044F\u0434\u043E\u043C \u0441 \u043D\u0438\u043C.",
      "x-description-en": "The channel inventory inline, or a reference to a CSV file next to the school file.",
      if: { type: "array" },
      then: { type: "array", items: { $ref: "channel.schema.json" } },
      else: { $ref: "common.schema.json#/$defs/fileReference" }
    },
    exports: {
      title: "\u0412\u044B\u0433\u0440\u0443\u0437\u043A\u0438 \u0447\u0430\u0442\u043E\u0432",
      "x-title-en": "Chat exports",
      description: "\u0412\u044B\u0433\u0440\u0443\u0437\u043A\u0438 \u043F\u0435\u0440\u0435\u043F\u0438\u0441\u043A\u0438 \u043A\u0430\u043D\u0430\u043B\u043E\u0432 \u0438\u0437 \u0440\u0435\u0435\u0441\u0442\u0440\u0430 (\u043F\u0440\u043E\u0432\u0435\u0440\u044F\u044E\u0442\u0441\u044F \u043D\u0430 \u043F\u0435\u0440\u0441\u043E\u043D\u0430\u043B\u044C\u043D\u044B\u0435 \u0438 \u043F\u043B\u0430\u0442\u0451\u0436\u043D\u044B\u0435 \u0434\u0430\u043D\u043D\u044B\u0435).",
      "x-description-en": "Chat exports of inventory channels (scanned for personal and payment data).",
      type: "array",
      items: { $ref: "#/$defs/chatExport" }
    }
  },
  $defs: {
    school: {
      title: "\u0428\u043A\u043E\u043B\u0430",
      "x-title-en": "School",
      type: "object",
      additionalProperties: false,
      required: ["name", "region", "municipality"],
      properties: {
        id: {
          title: "\u0418\u0434\u0435\u043D\u0442\u0438\u0444\u0438\u043A\u0430\u0442\u043E\u0440 \u0448\u043A\u043E\u043B\u044B",
          "x-title-en": "School identifier",
          description: "\u0423\u0441\u0442\u043E\u0439\u0447\u0438\u0432\u044B\u0439 \u0438\u0434\u0435\u043D\u0442\u0438\u0444\u0438\u043A\u0430\u0442\u043E\u0440 (\u0418\u041D\u041D, \u0440\u0435\u0433\u0438\u043E\u043D\u0430\u043B\u044C\u043D\u044B\u0439 \u043A\u043E\u0434). \u041D\u0435 \u043F\u0435\u0440\u0441\u043E\u043D\u0430\u043B\u044C\u043D\u044B\u0435 \u0434\u0430\u043D\u043D\u044B\u0435.",
          "x-description-en": "A stable identifier (INN, regional code). Not personal data.",
          $ref: "common.schema.json#/$defs/identifier"
        },
        name: {
          title: "\u041F\u043E\u043B\u043D\u043E\u0435 \u043D\u0430\u0438\u043C\u0435\u043D\u043E\u0432\u0430\u043D\u0438\u0435",
          "x-title-en": "Full name",
          description: "\u041D\u0430\u043F\u0440\u0438\u043C\u0435\u0440, \xAB\u041C\u0411\u041E\u0423 \u0421\u041E\u0428 \u2116 72\xBB.",
          "x-description-en": "E.g. \xAB\u041C\u0411\u041E\u0423 \u0421\u041E\u0428 \u2116 72\xBB.",
          $ref: "common.schema.json#/$defs/text"
        },
        shortName: {
          title: "\u041A\u0440\u0430\u0442\u043A\u043E\u0435 \u043D\u0430\u0438\u043C\u0435\u043D\u043E\u0432\u0430\u043D\u0438\u0435",
          "x-title-en": "Short name",
          type: "string"
        },
        region: {
          title: "\u0420\u0435\u0433\u0438\u043E\u043D",
          "x-title-en": "Region",
          $ref: "common.schema.json#/$defs/text"
        },
        municipality: {
          title: "\u041C\u0443\u043D\u0438\u0446\u0438\u043F\u0430\u043B\u0438\u0442\u0435\u0442",
          "x-title-en": "Municipality",
          $ref: "common.schema.json#/$defs/text"
        },
        eSchoolSystem: {
          title: "\u0420\u0435\u0433\u0438\u043E\u043D\u0430\u043B\u044C\u043D\u0430\u044F \u044D\u043B\u0435\u043A\u0442\u0440\u043E\u043D\u043D\u0430\u044F \u0448\u043A\u043E\u043B\u0430",
          "x-title-en": "Regional e-school system",
          description: "\u041F\u043E \u0443\u043C\u043E\u043B\u0447\u0430\u043D\u0438\u044E \xAB\u0413\u0418\u0421 \xAB\u042D\u043B\u0435\u043A\u0442\u0440\u043E\u043D\u043D\u0430\u044F \u0448\u043A\u043E\u043B\u0430 \u041D\u0421\u041E\xBB\xBB.",
          "x-description-en": "Default: \xAB\u0413\u0418\u0421 \xAB\u042D\u043B\u0435\u043A\u0442\u0440\u043E\u043D\u043D\u0430\u044F \u0448\u043A\u043E\u043B\u0430 \u041D\u0421\u041E\xBB\xBB.",
          $ref: "common.schema.json#/$defs/text"
        },
        eSchoolOrganizationId: {
          title: "\u041A\u043E\u0434 \u043E\u0440\u0433\u0430\u043D\u0438\u0437\u0430\u0446\u0438\u0438 \u0432 \u042D\u0428",
          "x-title-en": "Organisation id in the e-school system",
          description: "\u0418\u0434\u0435\u043D\u0442\u0438\u0444\u0438\u043A\u0430\u0442\u043E\u0440 \u043E\u0440\u0433\u0430\u043D\u0438\u0437\u0430\u0446\u0438\u0438 \u0432 \u044D\u043B\u0435\u043A\u0442\u0440\u043E\u043D\u043D\u043E\u0439 \u0448\u043A\u043E\u043B\u0435, \u043A \u043A\u043E\u0442\u043E\u0440\u043E\u0439 \u043F\u0440\u0438\u0441\u043E\u0435\u0434\u0438\u043D\u044F\u044E\u0442\u0441\u044F \u043B\u044E\u0434\u0438.",
          "x-description-en": "The organisation's identifier in the e-school system, the one people link to.",
          $ref: "common.schema.json#/$defs/identifier"
        },
        sferum: { $ref: "#/$defs/sferumOrganization" }
      }
    },
    sferumOrganization: {
      title: "\u041E\u0440\u0433\u0430\u043D\u0438\u0437\u0430\u0446\u0438\u044F \u043D\u0430 \u043F\u043B\u0430\u0442\u0444\u043E\u0440\u043C\u0435 \xAB\u0421\u0444\u0435\u0440\u0443\u043C\xBB",
      "x-title-en": "Organisation on the Sferum platform",
      description: "\u041F\u0443\u043D\u043A\u0442\u044B 2.2.a, 2.2.c, 2.2.e.",
      "x-description-en": "Clauses 2.2.a, 2.2.c, 2.2.e.",
      type: "object",
      additionalProperties: false,
      required: ["registered"],
      properties: {
        registered: {
          title: "\u0417\u0430\u0440\u0435\u0433\u0438\u0441\u0442\u0440\u0438\u0440\u043E\u0432\u0430\u043D\u0430",
          "x-title-en": "Registered",
          type: "boolean"
        },
        organizationId: {
          title: "\u0418\u0434\u0435\u043D\u0442\u0438\u0444\u0438\u043A\u0430\u0442\u043E\u0440 \u043D\u0430 sferum.ru",
          "x-title-en": "Organisation id on sferum.ru",
          $ref: "common.schema.json#/$defs/identifier"
        },
        applicationPhone: {
          title: "\u0422\u0435\u043B\u0435\u0444\u043E\u043D \u0438\u0437 \u0437\u0430\u044F\u0432\u043A\u0438",
          "x-title-en": "Application phone",
          description: "\u041D\u043E\u043C\u0435\u0440 \u043C\u043E\u0431\u0438\u043B\u044C\u043D\u043E\u0433\u043E \u0442\u0435\u043B\u0435\u0444\u043E\u043D\u0430 \u0438\u0437 \u0437\u0430\u044F\u0432\u043A\u0438 \u043E\u0440\u0433\u0430\u043D\u0438\u0437\u0430\u0446\u0438\u0438 (2.2.a). \u041F\u0435\u0440\u0441\u043E\u043D\u0430\u043B\u044C\u043D\u044B\u0435 \u0434\u0430\u043D\u043D\u044B\u0435: \u0432 \u043E\u0442\u0447\u0451\u0442\u0430\u0445 \u043C\u0430\u0441\u043A\u0438\u0440\u0443\u0435\u0442\u0441\u044F.",
          "x-description-en": "The mobile number given in the organisation's application (2.2.a). Personal data: masked in reports.",
          type: "string"
        },
        registeredAt: {
          title: "\u0414\u0430\u0442\u0430 \u0440\u0435\u0433\u0438\u0441\u0442\u0440\u0430\u0446\u0438\u0438",
          "x-title-en": "Registered on",
          $ref: "common.schema.json#/$defs/isoDate"
        },
        profile: {
          title: "\u041F\u0440\u043E\u0444\u0438\u043B\u044C \u043E\u0440\u0433\u0430\u043D\u0438\u0437\u0430\u0446\u0438\u0438",
          "x-title-en": "Organisation profile",
          description: "\u0418\u043D\u0444\u043E\u0440\u043C\u0430\u0446\u0438\u044F \u043E\u0431 \u043E\u0440\u0433\u0430\u043D\u0438\u0437\u0430\u0446\u0438\u0438 \u0432\u043D\u0435\u0441\u0435\u043D\u0430 (2.2.c).",
          "x-description-en": "The organisation's information is entered (2.2.c).",
          type: "object",
          additionalProperties: false,
          required: ["filled"],
          properties: {
            filled: {
              title: "\u0417\u0430\u043F\u043E\u043B\u043D\u0435\u043D",
              "x-title-en": "Filled",
              type: "boolean"
            },
            fields: {
              title: "\u0417\u0430\u043F\u043E\u043B\u043D\u0435\u043D\u043D\u044B\u0435 \u043F\u043E\u043B\u044F",
              "x-title-en": "Filled fields",
              description: "\u0410\u0434\u0440\u0435\u0441, \u043A\u043E\u043D\u0442\u0430\u043A\u0442\u044B, \u0441\u0430\u0439\u0442, \u043B\u043E\u0433\u043E\u0442\u0438\u043F, \u043E\u043F\u0438\u0441\u0430\u043D\u0438\u0435\u2026",
              "x-description-en": "Address, contacts, site, logo, description\u2026",
              type: "array",
              items: { type: "string" }
            },
            updatedAt: {
              title: "\u0414\u0430\u0442\u0430 \u043E\u0431\u043D\u043E\u0432\u043B\u0435\u043D\u0438\u044F",
              "x-title-en": "Updated on",
              $ref: "common.schema.json#/$defs/isoDate"
            }
          }
        },
        autoChannels: {
          title: "\u0410\u0432\u0442\u043E\u043C\u0430\u0442\u0438\u0447\u0435\u0441\u043A\u0438 \u0441\u043E\u0437\u0434\u0430\u043D\u043D\u044B\u0435 \u043A\u0430\u043D\u0430\u043B\u044B",
          "x-title-en": "Automatically created channels",
          description: "\u0418\u0434\u0435\u043D\u0442\u0438\u0444\u0438\u043A\u0430\u0442\u043E\u0440\u044B \u043A\u0430\u043D\u0430\u043B\u043E\u0432 \u0438\u0437 \u0440\u0435\u0435\u0441\u0442\u0440\u0430, \u0441\u043E\u0437\u0434\u0430\u043D\u043D\u044B\u0445 \u043F\u043B\u0430\u0442\u0444\u043E\u0440\u043C\u043E\u0439 \u0430\u0432\u0442\u043E\u043C\u0430\u0442\u0438\u0447\u0435\u0441\u043A\u0438 (2.2.e).",
          "x-description-en": "Ids of inventory channels the platform created automatically (2.2.e).",
          type: "array",
          items: { $ref: "common.schema.json#/$defs/identifier" }
        }
      }
    },
    schoolClass: {
      title: "\u041A\u043B\u0430\u0441\u0441",
      "x-title-en": "Class",
      type: "object",
      additionalProperties: false,
      required: ["id"],
      properties: {
        id: {
          title: "\u0418\u0434\u0435\u043D\u0442\u0438\u0444\u0438\u043A\u0430\u0442\u043E\u0440 \u043A\u043B\u0430\u0441\u0441\u0430",
          "x-title-en": "Class id",
          description: "\u041A\u0430\u043A \u0435\u0433\u043E \u043F\u0438\u0448\u0435\u0442 \u0448\u043A\u043E\u043B\u0430: \xAB5\u0410\xBB, \xAB11\u0411\xBB.",
          "x-description-en": "As the school writes it: `5\u0410`, `11\u0411`.",
          $ref: "common.schema.json#/$defs/identifier"
        },
        grade: {
          title: "\u041F\u0430\u0440\u0430\u043B\u043B\u0435\u043B\u044C",
          "x-title-en": "Grade",
          type: "integer",
          minimum: 0,
          maximum: 12
        },
        classTeacher: {
          title: "\u041A\u043B\u0430\u0441\u0441\u043D\u044B\u0439 \u0440\u0443\u043A\u043E\u0432\u043E\u0434\u0438\u0442\u0435\u043B\u044C",
          "x-title-en": "Class teacher",
          description: "\u0418\u0434\u0435\u043D\u0442\u0438\u0444\u0438\u043A\u0430\u0442\u043E\u0440 \u0447\u0435\u043B\u043E\u0432\u0435\u043A\u0430; \u043C\u043E\u0436\u043D\u043E \u0443\u043A\u0430\u0437\u0430\u0442\u044C \u0438 \u0443 \u0447\u0435\u043B\u043E\u0432\u0435\u043A\u0430 (classTeacherOf).",
          "x-description-en": "Person id; may also be given on the person (classTeacherOf).",
          $ref: "common.schema.json#/$defs/identifier"
        }
      }
    },
    document: {
      title: "\u0414\u043E\u043A\u0443\u043C\u0435\u043D\u0442",
      "x-title-en": "Document",
      type: "object",
      additionalProperties: false,
      required: ["id", "kind", "title"],
      properties: {
        id: {
          title: "\u0418\u0434\u0435\u043D\u0442\u0438\u0444\u0438\u043A\u0430\u0442\u043E\u0440 \u0434\u043E\u043A\u0443\u043C\u0435\u043D\u0442\u0430",
          "x-title-en": "Document id",
          $ref: "common.schema.json#/$defs/identifier"
        },
        kind: {
          title: "\u0412\u0438\u0434 \u0434\u043E\u043A\u0443\u043C\u0435\u043D\u0442\u0430",
          "x-title-en": "Document kind",
          description: "regulation \u2014 \u044D\u0442\u043E\u0442 \u041F\u043E\u0440\u044F\u0434\u043E\u043A; order-platform-use \u2014 \u043F\u0440\u0438\u043A\u0430\u0437 \u043E\u0431 \u0438\u0441\u043F\u043E\u043B\u044C\u0437\u043E\u0432\u0430\u043D\u0438\u0438 \u0418\u041A\u041E\u041F \xAB\u0421\u0444\u0435\u0440\u0443\u043C\xBB (2.1.a); order-admin-appointment \u2014 \u043F\u0440\u0438\u043A\u0430\u0437 \u043E \u043D\u0430\u0437\u043D\u0430\u0447\u0435\u043D\u0438\u0438 \u0430\u0434\u043C\u0438\u043D\u0438\u0441\u0442\u0440\u0430\u0442\u043E\u0440\u043E\u0432 (2.1.b); chat-strategy \u2014 \u0441\u0442\u0440\u0430\u0442\u0435\u0433\u0438\u044F \u0447\u0430\u0442\u043E\u0432 \u0438 \u043A\u0430\u043D\u0430\u043B\u043E\u0432 (2.1.c); other \u2014 \u0434\u0440\u0443\u0433\u043E\u0435.",
          "x-description-en": "regulation; order-platform-use (2.1.a); order-admin-appointment (2.1.b); chat-strategy (2.1.c); other.",
          type: "string",
          enum: ["regulation", "order-platform-use", "order-admin-appointment", "chat-strategy", "other"]
        },
        title: {
          title: "\u041D\u0430\u0437\u0432\u0430\u043D\u0438\u0435",
          "x-title-en": "Title",
          $ref: "common.schema.json#/$defs/text"
        },
        number: {
          title: "\u041D\u043E\u043C\u0435\u0440",
          "x-title-en": "Number",
          description: "\u041D\u043E\u043C\u0435\u0440 \u0434\u043E\u043A\u0443\u043C\u0435\u043D\u0442\u0430, \u0434\u043B\u044F \u043F\u0440\u0438\u043A\u0430\u0437\u0430 \u2014 \u043D\u0430\u043F\u0440\u0438\u043C\u0435\u0440, \xAB102/2-\u043E\u0434\xBB.",
          "x-description-en": "The document's number; for an order e.g. \xAB102/2-\u043E\u0434\xBB.",
          $ref: "common.schema.json#/$defs/text"
        },
        date: {
          title: "\u0414\u0430\u0442\u0430",
          "x-title-en": "Date",
          $ref: "common.schema.json#/$defs/isoDate"
        },
        approvedBy: {
          title: "\u041A\u0435\u043C \u0443\u0442\u0432\u0435\u0440\u0436\u0434\u0451\u043D",
          "x-title-en": "Approved by",
          type: "object",
          additionalProperties: false,
          required: ["position"],
          properties: {
            position: {
              title: "\u0414\u043E\u043B\u0436\u043D\u043E\u0441\u0442\u044C",
              "x-title-en": "Position",
              $ref: "common.schema.json#/$defs/text"
            },
            name: {
              title: "\u0424\u0418\u041E",
              "x-title-en": "Name",
              type: "string"
            }
          }
        },
        approvalOrder: {
          title: "\u041F\u0440\u0438\u043A\u0430\u0437 \u043E\u0431 \u0443\u0442\u0432\u0435\u0440\u0436\u0434\u0435\u043D\u0438\u0438",
          "x-title-en": "Approval order",
          description: "\u041F\u0440\u0438\u043A\u0430\u0437, \u043A\u043E\u0442\u043E\u0440\u044B\u043C \u0443\u0442\u0432\u0435\u0440\u0436\u0434\u0451\u043D \u0434\u043E\u043A\u0443\u043C\u0435\u043D\u0442 (\u0434\u043B\u044F \u041F\u043E\u0440\u044F\u0434\u043A\u0430).",
          "x-description-en": "The order that approved this document (for the regulation).",
          type: "object",
          additionalProperties: false,
          required: ["number", "date"],
          properties: {
            number: {
              title: "\u041D\u043E\u043C\u0435\u0440 \u043F\u0440\u0438\u043A\u0430\u0437\u0430",
              "x-title-en": "Order number",
              $ref: "common.schema.json#/$defs/text"
            },
            date: {
              title: "\u0414\u0430\u0442\u0430 \u043F\u0440\u0438\u043A\u0430\u0437\u0430",
              "x-title-en": "Order date",
              $ref: "common.schema.json#/$defs/isoDate"
            }
          }
        },
        councils: {
          title: "\u0421\u043E\u0433\u043B\u0430\u0441\u043E\u0432\u0430\u043D\u0438\u044F",
          "x-title-en": "Council approvals",
          type: "array",
          items: { $ref: "#/$defs/councilApproval" }
        },
        effectiveFrom: {
          title: "\u0414\u0435\u0439\u0441\u0442\u0432\u0443\u0435\u0442 \u0441",
          "x-title-en": "Effective from",
          $ref: "common.schema.json#/$defs/isoDate"
        },
        supersedes: {
          title: "\u0417\u0430\u043C\u0435\u043D\u044F\u0435\u0442 \u0434\u043E\u043A\u0443\u043C\u0435\u043D\u0442",
          "x-title-en": "Supersedes",
          description: "\u0418\u0434\u0435\u043D\u0442\u0438\u0444\u0438\u043A\u0430\u0442\u043E\u0440 \u043F\u0440\u0435\u0434\u044B\u0434\u0443\u0449\u0435\u0439 \u0440\u0435\u0434\u0430\u043A\u0446\u0438\u0438.",
          "x-description-en": "Id of the earlier version this document replaces.",
          $ref: "common.schema.json#/$defs/identifier"
        },
        appoints: {
          title: "\u041D\u0430\u0437\u043D\u0430\u0447\u0430\u0435\u0442",
          "x-title-en": "Appoints",
          description: "\u0414\u043B\u044F order-admin-appointment: \u0438\u0434\u0435\u043D\u0442\u0438\u0444\u0438\u043A\u0430\u0442\u043E\u0440\u044B \u043D\u0430\u0437\u043D\u0430\u0447\u0430\u0435\u043C\u044B\u0445 \u043B\u044E\u0434\u0435\u0439.",
          "x-description-en": "For order-admin-appointment: the person ids it appoints.",
          type: "array",
          items: { $ref: "common.schema.json#/$defs/identifier" }
        },
        evidence: {
          title: "\u041F\u043E\u0434\u0442\u0432\u0435\u0440\u0436\u0434\u0435\u043D\u0438\u0435",
          "x-title-en": "Evidence",
          description: "\u0413\u0434\u0435 \u0445\u0440\u0430\u043D\u0438\u0442\u0441\u044F \u0441\u043A\u0430\u043D \u0438\u043B\u0438 \u043E\u0440\u0438\u0433\u0438\u043D\u0430\u043B: \u043F\u0443\u0442\u044C, \u0430\u0434\u0440\u0435\u0441 \u0438\u043B\u0438 \u043D\u043E\u043C\u0435\u0440 \u0432 \u0440\u0435\u0435\u0441\u0442\u0440\u0435.",
          "x-description-en": "Where the scan or original is kept: a path, URL or register number.",
          type: "string"
        }
      }
    },
    councilApproval: {
      title: "\u0421\u043E\u0433\u043B\u0430\u0441\u043E\u0432\u0430\u043D\u0438\u0435 \u043A\u043E\u043B\u043B\u0435\u0433\u0438\u0430\u043B\u044C\u043D\u044B\u043C \u043E\u0440\u0433\u0430\u043D\u043E\u043C",
      "x-title-en": "Council approval",
      type: "object",
      additionalProperties: false,
      required: ["body", "protocolNumber", "date"],
      properties: {
        body: {
          title: "\u041E\u0440\u0433\u0430\u043D",
          "x-title-en": "Body",
          description: "pedagogical \u2014 \u043F\u0435\u0434\u0430\u0433\u043E\u0433\u0438\u0447\u0435\u0441\u043A\u0438\u0439 \u0441\u043E\u0432\u0435\u0442; governing \u2014 \u0443\u043F\u0440\u0430\u0432\u043B\u044F\u044E\u0449\u0438\u0439 \u0441\u043E\u0432\u0435\u0442; other \u2014 \u0434\u0440\u0443\u0433\u043E\u0439 \u043E\u0440\u0433\u0430\u043D.",
          "x-description-en": "pedagogical council, governing council, or other.",
          type: "string",
          enum: ["pedagogical", "governing", "other"]
        },
        bodyName: {
          title: "\u041D\u0430\u0437\u0432\u0430\u043D\u0438\u0435 \u043E\u0440\u0433\u0430\u043D\u0430",
          "x-title-en": "Body name",
          type: "string"
        },
        protocolNumber: {
          title: "\u041D\u043E\u043C\u0435\u0440 \u043F\u0440\u043E\u0442\u043E\u043A\u043E\u043B\u0430",
          "x-title-en": "Protocol number",
          $ref: "common.schema.json#/$defs/text"
        },
        date: {
          title: "\u0414\u0430\u0442\u0430 \u043F\u0440\u043E\u0442\u043E\u043A\u043E\u043B\u0430",
          "x-title-en": "Protocol date",
          $ref: "common.schema.json#/$defs/isoDate"
        }
      }
    },
    platformAdmin: {
      title: "\u0410\u0434\u043C\u0438\u043D\u0438\u0441\u0442\u0440\u0430\u0442\u043E\u0440 \u043F\u043B\u0430\u0442\u0444\u043E\u0440\u043C\u044B",
      "x-title-en": "Platform administrator",
      type: "object",
      additionalProperties: false,
      required: ["personId", "registered"],
      properties: {
        personId: {
          title: "\u0427\u0435\u043B\u043E\u0432\u0435\u043A",
          "x-title-en": "Person",
          description: "\u0418\u0434\u0435\u043D\u0442\u0438\u0444\u0438\u043A\u0430\u0442\u043E\u0440 \u0447\u0435\u043B\u043E\u0432\u0435\u043A\u0430 \u0438\u0437 \u0441\u043F\u0438\u0441\u043A\u0430 \u043B\u044E\u0434\u0435\u0439.",
          "x-description-en": "Person id from the roster.",
          $ref: "common.schema.json#/$defs/identifier"
        },
        appointmentOrder: {
          title: "\u041F\u0440\u0438\u043A\u0430\u0437 \u043E \u043D\u0430\u0437\u043D\u0430\u0447\u0435\u043D\u0438\u0438",
          "x-title-en": "Appointment order",
          description: "\u0418\u0434\u0435\u043D\u0442\u0438\u0444\u0438\u043A\u0430\u0442\u043E\u0440 \u0434\u043E\u043A\u0443\u043C\u0435\u043D\u0442\u0430 \u0432\u0438\u0434\u0430 order-admin-appointment (2.1.b).",
          "x-description-en": "Id of the order-admin-appointment document (2.1.b).",
          $ref: "common.schema.json#/$defs/identifier"
        },
        appointedByAdmin: {
          title: "\u041D\u0430\u0437\u043D\u0430\u0447\u0435\u043D \u0430\u0434\u043C\u0438\u043D\u0438\u0441\u0442\u0440\u0430\u0442\u043E\u0440\u043E\u043C",
          "x-title-en": "Appointed by admin",
          description: "\u0418\u0434\u0435\u043D\u0442\u0438\u0444\u0438\u043A\u0430\u0442\u043E\u0440 \u0430\u0434\u043C\u0438\u043D\u0438\u0441\u0442\u0440\u0430\u0442\u043E\u0440\u0430, \u043D\u0430\u0437\u043D\u0430\u0447\u0438\u0432\u0448\u0435\u0433\u043E \u044D\u0442\u043E\u0433\u043E \u043D\u0430 \u043F\u043B\u0430\u0442\u0444\u043E\u0440\u043C\u0435 (2.2.d).",
          "x-description-en": "Person id of the admin who appointed this one on the platform (2.2.d).",
          $ref: "common.schema.json#/$defs/identifier"
        },
        registered: {
          title: "\u0417\u0430\u0440\u0435\u0433\u0438\u0441\u0442\u0440\u0438\u0440\u043E\u0432\u0430\u043D \u043D\u0430 sferum.ru",
          "x-title-en": "Registered on sferum.ru",
          type: "boolean"
        },
        registeredAt: {
          title: "\u0414\u0430\u0442\u0430 \u0440\u0435\u0433\u0438\u0441\u0442\u0440\u0430\u0446\u0438\u0438",
          "x-title-en": "Registered on",
          $ref: "common.schema.json#/$defs/isoDate"
        },
        registrationPhone: {
          title: "\u0422\u0435\u043B\u0435\u0444\u043E\u043D \u0440\u0435\u0433\u0438\u0441\u0442\u0440\u0430\u0446\u0438\u0438",
          "x-title-en": "Registration phone",
          description: "\u041F\u0435\u0440\u0441\u043E\u043D\u0430\u043B\u044C\u043D\u044B\u0435 \u0434\u0430\u043D\u043D\u044B\u0435: \u0441\u0440\u0430\u0432\u043D\u0438\u0432\u0430\u0435\u0442\u0441\u044F, \u043C\u0430\u0441\u043A\u0438\u0440\u0443\u0435\u0442\u0441\u044F, \u043D\u0435 \u0432\u044B\u0432\u043E\u0434\u0438\u0442\u0441\u044F.",
          "x-description-en": "Personal data: compared, masked, never printed.",
          type: "string"
        },
        security: { $ref: "#/$defs/profileSecurity" }
      }
    },
    profileSecurity: {
      title: "\u0411\u0435\u0437\u043E\u043F\u0430\u0441\u043D\u043E\u0441\u0442\u044C \u043F\u0440\u043E\u0444\u0438\u043B\u044F",
      "x-title-en": "Profile security",
      description: "\u041F\u0443\u043D\u043A\u0442 2.2.b.",
      "x-description-en": "Clause 2.2.b.",
      type: "object",
      additionalProperties: false,
      properties: {
        twoFactor: {
          title: "\u0412\u0442\u043E\u0440\u043E\u0439 \u0444\u0430\u043A\u0442\u043E\u0440",
          "x-title-en": "Second factor",
          type: "boolean"
        },
        recoveryContact: {
          title: "\u041A\u043E\u043D\u0442\u0430\u043A\u0442 \u0434\u043B\u044F \u0432\u043E\u0441\u0441\u0442\u0430\u043D\u043E\u0432\u043B\u0435\u043D\u0438\u044F",
          "x-title-en": "Recovery contact",
          type: "boolean"
        },
        reviewedAt: {
          title: "\u041F\u043E\u0441\u043B\u0435\u0434\u043D\u044F\u044F \u043F\u0440\u043E\u0432\u0435\u0440\u043A\u0430 \u0441\u0435\u0430\u043D\u0441\u043E\u0432",
          "x-title-en": "Sessions last reviewed",
          $ref: "common.schema.json#/$defs/isoDate"
        }
      }
    },
    datedRecord: {
      title: "\u0417\u0430\u043F\u0438\u0441\u044C",
      "x-title-en": "Dated record",
      type: "object",
      additionalProperties: false,
      required: ["date"],
      properties: {
        id: {
          title: "\u0418\u0434\u0435\u043D\u0442\u0438\u0444\u0438\u043A\u0430\u0442\u043E\u0440",
          "x-title-en": "Identifier",
          $ref: "common.schema.json#/$defs/identifier"
        },
        date: {
          title: "\u0414\u0430\u0442\u0430",
          "x-title-en": "Date",
          $ref: "common.schema.json#/$defs/isoDate"
        },
        title: {
          title: "\u041D\u0430\u0437\u0432\u0430\u043D\u0438\u0435",
          "x-title-en": "Title",
          type: "string"
        },
        by: {
          title: "\u0410\u0432\u0442\u043E\u0440",
          "x-title-en": "Author",
          description: "\u0418\u0434\u0435\u043D\u0442\u0438\u0444\u0438\u043A\u0430\u0442\u043E\u0440 \u0447\u0435\u043B\u043E\u0432\u0435\u043A\u0430.",
          "x-description-en": "Person id.",
          $ref: "common.schema.json#/$defs/identifier"
        },
        to: {
          title: "\u0410\u0434\u0440\u0435\u0441\u0430\u0442",
          "x-title-en": "Recipient",
          description: "\u0418\u0434\u0435\u043D\u0442\u0438\u0444\u0438\u043A\u0430\u0442\u043E\u0440 \u0447\u0435\u043B\u043E\u0432\u0435\u043A\u0430 (\u043E\u0442\u0447\u0451\u0442 \u043E \u0441\u0442\u0430\u0442\u0438\u0441\u0442\u0438\u043A\u0435 \u2014 \u0440\u0443\u043A\u043E\u0432\u043E\u0434\u0438\u0442\u0435\u043B\u044E, 2.2.h).",
          "x-description-en": "Person id (a statistics report goes to the head, 2.2.h).",
          $ref: "common.schema.json#/$defs/identifier"
        },
        document: {
          title: "\u0414\u043E\u043A\u0443\u043C\u0435\u043D\u0442",
          "x-title-en": "Document",
          description: "\u0418\u0434\u0435\u043D\u0442\u0438\u0444\u0438\u043A\u0430\u0442\u043E\u0440 \u0434\u043E\u043A\u0443\u043C\u0435\u043D\u0442\u0430, \u0432 \u043A\u043E\u0442\u043E\u0440\u043E\u043C \u0437\u0430\u0444\u0438\u043A\u0441\u0438\u0440\u043E\u0432\u0430\u043D\u0430 \u0437\u0430\u043F\u0438\u0441\u044C.",
          "x-description-en": "Id of a document that holds the record.",
          $ref: "common.schema.json#/$defs/identifier"
        },
        evidence: {
          title: "\u041F\u043E\u0434\u0442\u0432\u0435\u0440\u0436\u0434\u0435\u043D\u0438\u0435",
          "x-title-en": "Evidence",
          type: "string"
        }
      }
    },
    records: {
      title: "\u0417\u0430\u043F\u0438\u0441\u0438",
      "x-title-en": "Records",
      type: "object",
      additionalProperties: false,
      properties: {
        chatStrategy: {
          title: "\u0421\u0442\u0440\u0430\u0442\u0435\u0433\u0438\u044F \u0447\u0430\u0442\u043E\u0432 \u0438 \u043A\u0430\u043D\u0430\u043B\u043E\u0432 (2.1.c)",
          "x-title-en": "Chat and channel strategy (2.1.c)",
          type: "array",
          items: { $ref: "#/$defs/datedRecord" }
        },
        informationMaterials: {
          title: "\u0418\u043D\u0444\u043E\u0440\u043C\u0430\u0446\u0438\u043E\u043D\u043D\u044B\u0435 \u043C\u0430\u0442\u0435\u0440\u0438\u0430\u043B\u044B (2.1.d)",
          "x-title-en": "Information materials (2.1.d)",
          type: "array",
          items: { $ref: "#/$defs/datedRecord" }
        },
        controlReviews: {
          title: "\u041A\u043E\u043D\u0442\u0440\u043E\u043B\u044C \u0438\u0441\u043F\u043E\u043B\u044C\u0437\u043E\u0432\u0430\u043D\u0438\u044F (2.1.f)",
          "x-title-en": "Control reviews (2.1.f)",
          type: "array",
          items: { $ref: "#/$defs/datedRecord" }
        },
        statisticsReports: {
          title: "\u0421\u0442\u0430\u0442\u0438\u0441\u0442\u0438\u043A\u0430 \u0440\u0443\u043A\u043E\u0432\u043E\u0434\u0438\u0442\u0435\u043B\u044E (2.2.h)",
          "x-title-en": "Statistics reports to the head (2.2.h)",
          type: "array",
          items: { $ref: "#/$defs/datedRecord" }
        }
      }
    },
    attestation: {
      title: "\u041F\u043E\u0434\u0442\u0432\u0435\u0440\u0436\u0434\u0435\u043D\u0438\u0435",
      "x-title-en": "Attestation",
      description: "\u041E\u0442\u0432\u0435\u0442 \u0447\u0435\u043B\u043E\u0432\u0435\u043A\u0430 \u043F\u043E \u043F\u0443\u043D\u043A\u0442\u0443, \u043A\u043E\u0442\u043E\u0440\u044B\u0439 \u043D\u0435\u043B\u044C\u0437\u044F \u043F\u0440\u043E\u0432\u0435\u0440\u0438\u0442\u044C \u043F\u043E \u0434\u0430\u043D\u043D\u044B\u043C.",
      "x-description-en": "A recorded human answer for a clause that data cannot decide.",
      type: "object",
      additionalProperties: false,
      required: ["clause", "answer", "by", "date"],
      properties: {
        clause: {
          title: "\u041F\u0443\u043D\u043A\u0442",
          "x-title-en": "Clause",
          description: "\u0418\u0434\u0435\u043D\u0442\u0438\u0444\u0438\u043A\u0430\u0442\u043E\u0440 \u043F\u0443\u043D\u043A\u0442\u0430, \u043D\u0430\u043F\u0440\u0438\u043C\u0435\u0440 \xAB2.1.f\xBB.",
          "x-description-en": "Clause id, e.g. `2.1.f`.",
          $ref: "common.schema.json#/$defs/identifier"
        },
        answer: {
          title: "\u041E\u0442\u0432\u0435\u0442",
          "x-title-en": "Answer",
          description: "yes \u2014 \u0434\u0430; no \u2014 \u043D\u0435\u0442; partial \u2014 \u0447\u0430\u0441\u0442\u0438\u0447\u043D\u043E; not-applicable \u2014 \u043D\u0435\u043F\u0440\u0438\u043C\u0435\u043D\u0438\u043C\u043E.",
          "x-description-en": "yes, no, partial or not-applicable.",
          type: "string",
          enum: ["yes", "no", "partial", "not-applicable"]
        },
        by: {
          title: "\u041A\u0442\u043E \u043E\u0442\u0432\u0435\u0442\u0438\u043B",
          "x-title-en": "Answered by",
          description: "\u0418\u0434\u0435\u043D\u0442\u0438\u0444\u0438\u043A\u0430\u0442\u043E\u0440 \u0447\u0435\u043B\u043E\u0432\u0435\u043A\u0430 \u0438\u043B\u0438 \u0434\u043E\u043B\u0436\u043D\u043E\u0441\u0442\u044C.",
          "x-description-en": "A person id or a position.",
          $ref: "common.schema.json#/$defs/text"
        },
        date: {
          title: "\u0414\u0430\u0442\u0430 \u043E\u0442\u0432\u0435\u0442\u0430",
          "x-title-en": "Answered on",
          $ref: "common.schema.json#/$defs/isoDate"
        },
        validUntil: {
          title: "\u0414\u0435\u0439\u0441\u0442\u0432\u0443\u0435\u0442 \u0434\u043E",
          "x-title-en": "Valid until",
          description: "\u041F\u043E\u0441\u043B\u0435 \u044D\u0442\u043E\u0439 \u0434\u0430\u0442\u044B \u043E\u0442\u0432\u0435\u0442 \u043D\u0443\u0436\u043D\u043E \u0434\u0430\u0442\u044C \u0437\u0430\u043D\u043E\u0432\u043E.",
          "x-description-en": "After this date the answer must be given again.",
          $ref: "common.schema.json#/$defs/isoDate"
        },
        evidence: {
          title: "\u041F\u043E\u0434\u0442\u0432\u0435\u0440\u0436\u0434\u0435\u043D\u0438\u0435",
          "x-title-en": "Evidence",
          type: "string"
        },
        comment: {
          title: "\u041A\u043E\u043C\u043C\u0435\u043D\u0442\u0430\u0440\u0438\u0439",
          "x-title-en": "Comment",
          type: "string"
        }
      }
    },
    chatExport: {
      title: "\u0412\u044B\u0433\u0440\u0443\u0437\u043A\u0430 \u0447\u0430\u0442\u0430",
      "x-title-en": "Chat export",
      type: "object",
      additionalProperties: false,
      required: ["channel", "file"],
      properties: {
        channel: {
          title: "\u041A\u0430\u043D\u0430\u043B",
          "x-title-en": "Channel",
          description: "\u0418\u0434\u0435\u043D\u0442\u0438\u0444\u0438\u043A\u0430\u0442\u043E\u0440 \u043A\u0430\u043D\u0430\u043B\u0430 \u0438\u0437 \u0440\u0435\u0435\u0441\u0442\u0440\u0430.",
          "x-description-en": "Channel id of the inventory.",
          $ref: "common.schema.json#/$defs/identifier"
        },
        file: {
          title: "\u0424\u0430\u0439\u043B",
          "x-title-en": "File",
          description: "\u041F\u0443\u0442\u044C \u043E\u0442\u043D\u043E\u0441\u0438\u0442\u0435\u043B\u044C\u043D\u043E \u0444\u0430\u0439\u043B\u0430 \u0448\u043A\u043E\u043B\u044B.",
          "x-description-en": "Path relative to the school file.",
          $ref: "common.schema.json#/$defs/text"
        },
        format: {
          title: "\u0424\u043E\u0440\u043C\u0430\u0442",
          "x-title-en": "Format",
          description: "telegram-json \u2014 JSON-\u0432\u044B\u0433\u0440\u0443\u0437\u043A\u0430 Telegram; whatsapp-txt \u2014 \u0442\u0435\u043A\u0441\u0442\u043E\u0432\u0430\u044F \u0432\u044B\u0433\u0440\u0443\u0437\u043A\u0430 WhatsApp; text \u2014 \u043F\u0440\u043E\u0441\u0442\u043E\u0439 \u0442\u0435\u043A\u0441\u0442.",
          "x-description-en": "telegram-json, whatsapp-txt or text.",
          type: "string",
          enum: ["telegram-json", "whatsapp-txt", "text"]
        }
      }
    }
  }
};

// src/validate/schemas.ts
var schoolSchema = school_schema_default;
var personSchema = person_schema_default;
var channelSchema = channel_schema_default;
var commonSchema = common_schema_default;
var SCHEMA_IDS = {
  school: "https://sferum-compliance.dev/schemas/school.schema.json",
  person: "https://sferum-compliance.dev/schemas/person.schema.json",
  channel: "https://sferum-compliance.dev/schemas/channel.schema.json",
  common: "https://sferum-compliance.dev/schemas/common.schema.json"
};

// src/validate/ajv-instance.ts
var ENGLISH_ANNOTATIONS = ["x-title-en", "x-description-en"];
var cached;
function getValidators() {
  if (cached) return cached;
  const ajv = new Ajv2020({
    allErrors: true,
    strict: true,
    // `verbose` keeps the failing sub-schema on each error: it lists known keys for suggestions.
    verbose: true,
    messages: true
  });
  addFormats(ajv, ["date"]);
  for (const keyword of ENGLISH_ANNOTATIONS) {
    ajv.addKeyword({ keyword, schemaType: "string" });
  }
  ajv.addSchema([commonSchema, personSchema, channelSchema, schoolSchema]);
  const get = (ref) => {
    const fn = ajv.getSchema(ref);
    if (!fn) throw new Error(`schema ${ref} did not compile`);
    return fn;
  };
  cached = {
    school: get(SCHEMA_IDS.school),
    person: get(SCHEMA_IDS.person),
    channel: get(SCHEMA_IDS.channel),
    fileReference: get(`${SCHEMA_IDS.common}#/$defs/fileReference`)
  };
  return cached;
}

// src/validate/diagnostic-at.ts
function diagnosticAt(code, message, place = {}, extra = {}) {
  const d = { code, severity: extra.severity ?? "error", message };
  if (extra.hint) d.hint = extra.hint;
  const file = place.location?.file ?? place.file;
  if (file !== void 0) d.file = file;
  if (place.pointer !== void 0) d.pointer = place.pointer;
  const line = place.location?.line ?? place.line;
  const column = place.location?.column ?? place.column;
  if (line !== void 0) d.line = line;
  if (column !== void 0) d.column = column;
  return d;
}
function quoteValue(value, max = 60) {
  const s = typeof value === "string" ? value : JSON.stringify(value) ?? String(value);
  const chars = [...s];
  return chars.length > max ? `${chars.slice(0, max - 1).join("")}\u2026` : s;
}

// src/validate/json-pointer.ts
function escapePointerSegment(segment) {
  return String(segment).replace(/~/g, "~0").replace(/\//g, "~1");
}
function joinPointer(base, ...segments) {
  let out = base;
  for (const s of segments) out += `/${escapePointerSegment(s)}`;
  return out;
}
function parsePointer(pointer) {
  if (pointer === "") return [];
  return pointer.slice(pointer.startsWith("/") ? 1 : 0).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}

// src/validate/check-references.ts
var isObj = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var items = (v) => Array.isArray(v) ? v : [];
var str = (v) => typeof v === "string" ? v : void 0;
function checkReferences(doc, options = {}) {
  const out = [];
  if (!isObj(doc)) return out;
  const report = (code, pointer, message, hint, severity = "error") => {
    out.push(diagnosticAt(code, message, { file: options.file, pointer, location: options.locate?.(pointer) }, { hint, severity }));
  };
  const where = (pointer) => {
    const loc = options.locate?.(pointer);
    return loc ? { ru: `${pointer} (\u0441\u0442\u0440\u043E\u043A\u0430 ${loc.line})`, en: `${pointer} (line ${loc.line})` } : { ru: pointer, en: pointer };
  };
  const indexById = (list2, base, idKey, what) => {
    const map = /* @__PURE__ */ new Map();
    items(list2).forEach((value, index) => {
      if (!isObj(value)) return;
      const id = str(value[idKey]);
      if (id === void 0) return;
      const first = map.get(id);
      if (first) {
        const firstWhere = where(joinPointer(base, first.index, idKey));
        report(
          "DUPLICATE_ID",
          joinPointer(base, index, idKey),
          {
            ru: `${what.ru}: \u0438\u0434\u0435\u043D\u0442\u0438\u0444\u0438\u043A\u0430\u0442\u043E\u0440 \xAB${id}\xBB \u0443\u0436\u0435 \u0438\u0441\u043F\u043E\u043B\u044C\u0437\u043E\u0432\u0430\u043D \u0432 ${firstWhere.ru}`,
            en: `${what.en}: id "${id}" is already used at ${firstWhere.en}`
          },
          { ru: "\u0443 \u043A\u0430\u0436\u0434\u043E\u0439 \u0437\u0430\u043F\u0438\u0441\u0438 \u0434\u043E\u043B\u0436\u0435\u043D \u0431\u044B\u0442\u044C \u0441\u0432\u043E\u0439 \u0438\u0434\u0435\u043D\u0442\u0438\u0444\u0438\u043A\u0430\u0442\u043E\u0440", en: "give every entry its own id" }
        );
        return;
      }
      map.set(id, { index, value });
    });
    return map;
  };
  const peopleKnown = doc.people === void 0 || Array.isArray(doc.people);
  const channelsKnown = doc.channels === void 0 || Array.isArray(doc.channels);
  const people = indexById(doc.people, "/people", "id", { ru: "\u0441\u043F\u0438\u0441\u043E\u043A \u043B\u044E\u0434\u0435\u0439", en: "roster" });
  const channels = indexById(doc.channels, "/channels", "id", { ru: "\u0440\u0435\u0435\u0441\u0442\u0440 \u043A\u0430\u043D\u0430\u043B\u043E\u0432", en: "channel inventory" });
  const documents = indexById(doc.documents, "/documents", "id", { ru: "\u0434\u043E\u043A\u0443\u043C\u0435\u043D\u0442\u044B", en: "documents" });
  const classes = indexById(doc.classes, "/classes", "id", { ru: "\u043A\u043B\u0430\u0441\u0441\u044B", en: "classes" });
  indexById(doc.admins, "/admins", "personId", { ru: "\u0430\u0434\u043C\u0438\u043D\u0438\u0441\u0442\u0440\u0430\u0442\u043E\u0440\u044B \u043F\u043B\u0430\u0442\u0444\u043E\u0440\u043C\u044B", en: "platform admins" });
  const rolesOf = (id) => items(people.get(id)?.value.roles).filter((r) => typeof r === "string");
  const declaredClasses = classes.size > 0;
  const knownClasses = new Set(classes.keys());
  if (!declaredClasses) {
    for (const { value } of people.values()) {
      const cls = str(value.class);
      if (cls !== void 0 && items(value.roles).includes("student")) knownClasses.add(cls);
    }
  }
  const classesKnown = declaredClasses || knownClasses.size > 0;
  const classSource = declaredClasses ? { ru: "\u0432 \u0441\u043F\u0438\u0441\u043A\u0435 classes", en: "in classes" } : { ru: "\u043D\u0438 \u0443 \u043E\u0434\u043D\u043E\u0433\u043E \u043E\u0431\u0443\u0447\u0430\u044E\u0449\u0435\u0433\u043E\u0441\u044F", en: "on any student" };
  const checkPerson = (value, pointer) => {
    const id = str(value);
    if (id === void 0 || !peopleKnown) return false;
    if (people.has(id)) return true;
    report(
      "UNKNOWN_REFERENCE",
      pointer,
      { ru: `\u043D\u0435\u0442 \u0447\u0435\u043B\u043E\u0432\u0435\u043A\u0430 \u0441 \u0438\u0434\u0435\u043D\u0442\u0438\u0444\u0438\u043A\u0430\u0442\u043E\u0440\u043E\u043C \xAB${id}\xBB \u0432 \u0441\u043F\u0438\u0441\u043A\u0435 \u043B\u044E\u0434\u0435\u0439`, en: `no person with id "${id}" in the roster` },
      { ru: "\u0438\u0441\u043F\u0440\u0430\u0432\u044C\u0442\u0435 \u0438\u0434\u0435\u043D\u0442\u0438\u0444\u0438\u043A\u0430\u0442\u043E\u0440 \u0438\u043B\u0438 \u0434\u043E\u0431\u0430\u0432\u044C\u0442\u0435 \u0447\u0435\u043B\u043E\u0432\u0435\u043A\u0430 \u0432 \u0441\u043F\u0438\u0441\u043E\u043A \u043B\u044E\u0434\u0435\u0439", en: "fix the id or add the person to the roster" }
    );
    return false;
  };
  const checkClass = (value, pointer) => {
    const id = str(value);
    if (id === void 0 || !classesKnown || knownClasses.has(id)) return;
    report(
      "UNKNOWN_REFERENCE",
      pointer,
      { ru: `\u043D\u0435\u0442 \u043A\u043B\u0430\u0441\u0441\u0430 \xAB${id}\xBB ${classSource.ru}`, en: `no class "${id}" ${classSource.en}` },
      declaredClasses ? { ru: "\u0438\u0441\u043F\u0440\u0430\u0432\u044C\u0442\u0435 \u0438\u0434\u0435\u043D\u0442\u0438\u0444\u0438\u043A\u0430\u0442\u043E\u0440 \u043A\u043B\u0430\u0441\u0441\u0430 \u0438\u043B\u0438 \u0434\u043E\u0431\u0430\u0432\u044C\u0442\u0435 \u043A\u043B\u0430\u0441\u0441 \u0432 classes", en: "fix the class id or add the class to classes" } : { ru: "\u0438\u0441\u043F\u0440\u0430\u0432\u044C\u0442\u0435 \u0438\u0434\u0435\u043D\u0442\u0438\u0444\u0438\u043A\u0430\u0442\u043E\u0440 \u043A\u043B\u0430\u0441\u0441\u0430 \u0438\u043B\u0438 \u043E\u0431\u044A\u044F\u0432\u0438\u0442\u0435 \u043A\u043B\u0430\u0441\u0441\u044B \u0432 classes", en: "fix the class id or declare the classes in classes" },
      // Classes taken from the roster may be incomplete (a class whose students are not listed).
      declaredClasses ? "error" : "warning"
    );
  };
  const checkChannel = (value, pointer) => {
    const id = str(value);
    if (id === void 0 || !channelsKnown || channels.has(id)) return;
    report(
      "UNKNOWN_REFERENCE",
      pointer,
      { ru: `\u043D\u0435\u0442 \u043A\u0430\u043D\u0430\u043B\u0430 \xAB${id}\xBB \u0432 \u0440\u0435\u0435\u0441\u0442\u0440\u0435 \u043A\u0430\u043D\u0430\u043B\u043E\u0432`, en: `no channel "${id}" in the channel inventory` },
      { ru: "\u0438\u0441\u043F\u0440\u0430\u0432\u044C\u0442\u0435 \u0438\u0434\u0435\u043D\u0442\u0438\u0444\u0438\u043A\u0430\u0442\u043E\u0440 \u0438\u043B\u0438 \u0434\u043E\u0431\u0430\u0432\u044C\u0442\u0435 \u043A\u0430\u043D\u0430\u043B \u0432 \u0440\u0435\u0435\u0441\u0442\u0440", en: "fix the id or add the channel to the inventory" }
    );
  };
  const checkDocument = (value, pointer) => {
    const id = str(value);
    if (id === void 0) return void 0;
    const found = documents.get(id);
    if (found) return found.value;
    report(
      "UNKNOWN_REFERENCE",
      pointer,
      { ru: `\u043D\u0435\u0442 \u0434\u043E\u043A\u0443\u043C\u0435\u043D\u0442\u0430 \xAB${id}\xBB \u0432 \u0441\u043F\u0438\u0441\u043A\u0435 documents`, en: `no document "${id}" in documents` },
      { ru: "\u0438\u0441\u043F\u0440\u0430\u0432\u044C\u0442\u0435 \u0438\u0434\u0435\u043D\u0442\u0438\u0444\u0438\u043A\u0430\u0442\u043E\u0440 \u0438\u043B\u0438 \u0434\u043E\u0431\u0430\u0432\u044C\u0442\u0435 \u0434\u043E\u043A\u0443\u043C\u0435\u043D\u0442 \u0432 documents", en: "fix the id or add the document to documents" }
    );
    return void 0;
  };
  items(doc.people).forEach((person, i) => {
    if (!isObj(person)) return;
    const base = joinPointer("/people", i);
    const ownId = str(person.id);
    const roles = items(person.roles);
    if (roles.includes("student")) checkClass(declaredClasses ? person.class : void 0, joinPointer(base, "class"));
    const parentOf = items(person.parentOf);
    if (parentOf.length > 0 && !roles.includes("parent")) {
      report(
        "ROLE_MISMATCH",
        joinPointer(base, "parentOf"),
        { ru: "\u0443\u043A\u0430\u0437\u0430\u043D\u044B \u0434\u0435\u0442\u0438 (parentOf), \u043D\u043E \u0441\u0440\u0435\u0434\u0438 \u0440\u043E\u043B\u0435\u0439 \u043D\u0435\u0442 parent", en: "parentOf is given but the roles lack parent" },
        { ru: "\u0434\u043E\u0431\u0430\u0432\u044C\u0442\u0435 \u0440\u043E\u043B\u044C parent \u0438\u043B\u0438 \u0443\u0431\u0435\u0440\u0438\u0442\u0435 parentOf", en: "add the role parent or remove parentOf" },
        "warning"
      );
    }
    parentOf.forEach((child, j) => {
      const pointer = joinPointer(base, "parentOf", j);
      if (child === ownId && ownId !== void 0) {
        report("REFERENCE_CYCLE", pointer, {
          ru: `\u0447\u0435\u043B\u043E\u0432\u0435\u043A \xAB${ownId}\xBB \u0443\u043A\u0430\u0437\u0430\u043D \u0440\u043E\u0434\u0438\u0442\u0435\u043B\u0435\u043C \u0441\u0430\u043C\u043E\u0433\u043E \u0441\u0435\u0431\u044F`,
          en: `person "${ownId}" is listed as their own parent`
        });
        return;
      }
      if (!checkPerson(child, pointer)) return;
      const childId = child;
      if (!rolesOf(childId).includes("student")) {
        report(
          "ROLE_MISMATCH",
          pointer,
          {
            ru: `\xAB${childId}\xBB \u0443\u043A\u0430\u0437\u0430\u043D \u0440\u0435\u0431\u0451\u043D\u043A\u043E\u043C, \u043D\u043E \u0443 \u043D\u0435\u0433\u043E \u043D\u0435\u0442 \u0440\u043E\u043B\u0438 student`,
            en: `"${childId}" is listed as a child but lacks the role student`
          },
          { ru: "parentOf \u043F\u0435\u0440\u0435\u0447\u0438\u0441\u043B\u044F\u0435\u0442 \u0442\u043E\u043B\u044C\u043A\u043E \u043E\u0431\u0443\u0447\u0430\u044E\u0449\u0438\u0445\u0441\u044F", en: "parentOf lists students only" }
        );
      }
    });
    const teacherOf = items(person.classTeacherOf);
    if (teacherOf.length > 0 && !roles.includes("class-teacher")) {
      report(
        "ROLE_MISMATCH",
        joinPointer(base, "classTeacherOf"),
        {
          ru: "\u0443\u043A\u0430\u0437\u0430\u043D\u044B \u043A\u043B\u0430\u0441\u0441\u044B (classTeacherOf), \u043D\u043E \u0441\u0440\u0435\u0434\u0438 \u0440\u043E\u043B\u0435\u0439 \u043D\u0435\u0442 class-teacher",
          en: "classTeacherOf is given but the roles lack class-teacher"
        },
        { ru: "\u0434\u043E\u0431\u0430\u0432\u044C\u0442\u0435 \u0440\u043E\u043B\u044C class-teacher \u0438\u043B\u0438 \u0443\u0431\u0435\u0440\u0438\u0442\u0435 classTeacherOf", en: "add the role class-teacher or remove classTeacherOf" },
        "warning"
      );
    }
    teacherOf.forEach((cls, j) => checkClass(cls, joinPointer(base, "classTeacherOf", j)));
  });
  items(doc.classes).forEach((cls, i) => {
    if (!isObj(cls) || cls.classTeacher === void 0) return;
    const pointer = joinPointer("/classes", i, "classTeacher");
    if (checkPerson(cls.classTeacher, pointer) && !rolesOf(cls.classTeacher).includes("class-teacher")) {
      report(
        "ROLE_MISMATCH",
        pointer,
        {
          ru: `\xAB${String(cls.classTeacher)}\xBB \u0443\u043A\u0430\u0437\u0430\u043D \u043A\u043B\u0430\u0441\u0441\u043D\u044B\u043C \u0440\u0443\u043A\u043E\u0432\u043E\u0434\u0438\u0442\u0435\u043B\u0435\u043C, \u043D\u043E \u0443 \u043D\u0435\u0433\u043E \u043D\u0435\u0442 \u0440\u043E\u043B\u0438 class-teacher`,
          en: `"${String(cls.classTeacher)}" is the class teacher but lacks the role class-teacher`
        },
        { ru: "\u0434\u043E\u0431\u0430\u0432\u044C\u0442\u0435 \u0447\u0435\u043B\u043E\u0432\u0435\u043A\u0443 \u0440\u043E\u043B\u044C class-teacher", en: "add the role class-teacher to the person" },
        "warning"
      );
    }
  });
  items(doc.admins).forEach((admin, i) => {
    if (!isObj(admin)) return;
    const base = joinPointer("/admins", i);
    checkPerson(admin.personId, joinPointer(base, "personId"));
    if (admin.appointedByAdmin !== void 0) checkPerson(admin.appointedByAdmin, joinPointer(base, "appointedByAdmin"));
    if (admin.appointmentOrder !== void 0) {
      const pointer = joinPointer(base, "appointmentOrder");
      const order = checkDocument(admin.appointmentOrder, pointer);
      if (order && order.kind !== "order-admin-appointment") {
        report(
          "ROLE_MISMATCH",
          pointer,
          {
            ru: `\u0434\u043E\u043A\u0443\u043C\u0435\u043D\u0442 \xAB${String(admin.appointmentOrder)}\xBB \u0438\u043C\u0435\u0435\u0442 \u0432\u0438\u0434 \xAB${String(order.kind)}\xBB, \u0430 \u043F\u0440\u0438\u043A\u0430\u0437 \u043E \u043D\u0430\u0437\u043D\u0430\u0447\u0435\u043D\u0438\u0438 \u0430\u0434\u043C\u0438\u043D\u0438\u0441\u0442\u0440\u0430\u0442\u043E\u0440\u043E\u0432 \u2014 \u0432\u0438\u0434 order-admin-appointment`,
            en: `document "${String(admin.appointmentOrder)}" is of kind "${String(order.kind)}"; an appointment order is of kind order-admin-appointment`
          },
          {
            ru: "\u0443\u043A\u0430\u0436\u0438\u0442\u0435 \u043F\u0440\u0438\u043A\u0430\u0437 \u043E \u043D\u0430\u0437\u043D\u0430\u0447\u0435\u043D\u0438\u0438 \u0430\u0434\u043C\u0438\u043D\u0438\u0441\u0442\u0440\u0430\u0442\u043E\u0440\u043E\u0432 \u0438\u043B\u0438 \u0438\u0441\u043F\u0440\u0430\u0432\u044C\u0442\u0435 \u0432\u0438\u0434 \u0434\u043E\u043A\u0443\u043C\u0435\u043D\u0442\u0430",
            en: "name the admin appointment order or fix the document kind"
          }
        );
      }
    }
  });
  items(doc.channels).forEach((channel, i) => {
    if (!isObj(channel)) return;
    const base = joinPointer("/channels", i);
    if (channel.owner !== void 0) checkPerson(channel.owner, joinPointer(base, "owner"));
    items(channel.members).forEach((m, j) => checkPerson(m, joinPointer(base, "members", j)));
    if (channel.class !== void 0) checkClass(channel.class, joinPointer(base, "class"));
  });
  items(doc.documents).forEach((document, i) => {
    if (!isObj(document)) return;
    const base = joinPointer("/documents", i);
    items(document.appoints).forEach((p, j) => checkPerson(p, joinPointer(base, "appoints", j)));
    if (document.supersedes !== void 0) checkDocument(document.supersedes, joinPointer(base, "supersedes"));
  });
  reportSupersedeCycles(documents, report);
  const records = isObj(doc.records) ? doc.records : {};
  for (const kind2 of ["chatStrategy", "informationMaterials", "controlReviews", "statisticsReports"]) {
    items(records[kind2]).forEach((record, i) => {
      if (!isObj(record)) return;
      const base = joinPointer("/records", kind2, i);
      if (record.by !== void 0) checkPerson(record.by, joinPointer(base, "by"));
      if (record.to !== void 0) checkPerson(record.to, joinPointer(base, "to"));
      if (record.document !== void 0) checkDocument(record.document, joinPointer(base, "document"));
    });
  }
  const school = isObj(doc.school) ? doc.school : {};
  const sferum = isObj(school.sferum) ? school.sferum : {};
  items(sferum.autoChannels).forEach((c, j) => checkChannel(c, joinPointer("/school/sferum/autoChannels", j)));
  items(doc.exports).forEach((e, i) => {
    if (isObj(e)) checkChannel(e.channel, joinPointer("/exports", i, "channel"));
  });
  if (options.knownClauses) {
    const known = new Set(options.knownClauses);
    items(doc.attestations).forEach((a, i) => {
      if (!isObj(a)) return;
      const clause = str(a.clause);
      if (clause === void 0 || known.has(clause)) return;
      report(
        "UNKNOWN_REFERENCE",
        joinPointer("/attestations", i, "clause"),
        { ru: `\u043D\u0435\u0442 \u043F\u0443\u043D\u043A\u0442\u0430 \xAB${clause}\xBB \u0432 \u043F\u0435\u0440\u0435\u0447\u043D\u0435 \u043F\u0443\u043D\u043A\u0442\u043E\u0432 \u041F\u043E\u0440\u044F\u0434\u043A\u0430`, en: `no clause "${clause}" in the regulation's clause index` },
        { ru: "\u043F\u0443\u043D\u043A\u0442\u044B \u043F\u0438\u0448\u0443\u0442\u0441\u044F \u043A\u0430\u043A \xAB2.1.f\xBB, \xAB2.final\xBB, \xABheader\xBB", en: "clause ids look like 2.1.f, 2.final, header" }
      );
    });
  }
  return out;
}
function reportSupersedeCycles(documents, report) {
  const state = /* @__PURE__ */ new Map();
  for (const start of documents.keys()) {
    if (state.get(start)) continue;
    const chain = [];
    let cur = start;
    while (cur !== void 0 && documents.has(cur) && !state.get(cur)) {
      state.set(cur, 1);
      chain.push(cur);
      cur = str(documents.get(cur)?.value.supersedes);
    }
    if (cur !== void 0 && state.get(cur) === 1) {
      const cycle = chain.slice(chain.indexOf(cur));
      const first = cycle.reduce((a, b) => (documents.get(a)?.index ?? 0) <= (documents.get(b)?.index ?? 0) ? a : b);
      const from = cycle.indexOf(first);
      const path = [...cycle.slice(from), ...cycle.slice(0, from), first].join(" \u2192 ");
      report(
        "REFERENCE_CYCLE",
        joinPointer("/documents", documents.get(first)?.index ?? 0, "supersedes"),
        { ru: `\u0434\u043E\u043A\u0443\u043C\u0435\u043D\u0442\u044B \u0437\u0430\u043C\u0435\u043D\u044F\u044E\u0442 \u0434\u0440\u0443\u0433 \u0434\u0440\u0443\u0433\u0430 \u043F\u043E \u043A\u0440\u0443\u0433\u0443: ${path}`, en: `documents supersede each other in a cycle: ${path}` },
        { ru: "\u0443 \u0441\u0430\u043C\u043E\u0439 \u0440\u0430\u043D\u043D\u0435\u0439 \u0440\u0435\u0434\u0430\u043A\u0446\u0438\u0438 \u043D\u0435 \u0434\u043E\u043B\u0436\u043D\u043E \u0431\u044B\u0442\u044C supersedes", en: "the earliest version must not have supersedes" }
      );
    }
    for (const id of chain) state.set(id, 2);
  }
}

// src/validate/schema-diagnostics.ts
import localizeRu from "ajv-i18n/localize/ru/index.js";

// src/validate/suggest-key.ts
function suggestKey(key, known) {
  if (key.length > 100) return void 0;
  const norm = (s) => s.toLowerCase().replace(/[-_\s]/g, "");
  const target = norm(key);
  let best;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const d = editDistance(target, norm(candidate));
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  const limit = Math.max(1, Math.floor(target.length / 3));
  return best !== void 0 && bestDistance <= limit ? best : void 0;
}
function editDistance(a, b) {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const cur = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

// src/validate/schema-diagnostics.ts
var TYPE_NAMES = {
  string: { ru: "\u0441\u0442\u0440\u043E\u043A\u043E\u0439 (string)", en: "a string" },
  number: { ru: "\u0447\u0438\u0441\u043B\u043E\u043C (number)", en: "a number" },
  integer: { ru: "\u0446\u0435\u043B\u044B\u043C \u0447\u0438\u0441\u043B\u043E\u043C (integer)", en: "an integer" },
  boolean: { ru: "\u043B\u043E\u0433\u0438\u0447\u0435\u0441\u043A\u0438\u043C \u0437\u043D\u0430\u0447\u0435\u043D\u0438\u0435\u043C true \u0438\u043B\u0438 false (boolean)", en: "a boolean, true or false" },
  object: { ru: "\u043E\u0431\u044A\u0435\u043A\u0442\u043E\u043C \u0441 \u043A\u043B\u044E\u0447\u0430\u043C\u0438 (object)", en: "an object with keys" },
  array: { ru: "\u0441\u043F\u0438\u0441\u043A\u043E\u043C (array)", en: "a list (array)" },
  null: { ru: "\u043F\u0443\u0441\u0442\u044B\u043C \u0437\u043D\u0430\u0447\u0435\u043D\u0438\u0435\u043C (null)", en: "null" }
};
function actualType(value) {
  if (value === null || value === void 0) return { ru: "\u043F\u0443\u0441\u0442\u043E\u0435 \u0437\u043D\u0430\u0447\u0435\u043D\u0438\u0435", en: "an empty value" };
  if (Array.isArray(value)) return { ru: "\u0441\u043F\u0438\u0441\u043E\u043A", en: "a list" };
  switch (typeof value) {
    case "string":
      return { ru: "\u0441\u0442\u0440\u043E\u043A\u0430", en: "a string" };
    case "number":
      return { ru: "\u0447\u0438\u0441\u043B\u043E", en: "a number" };
    case "boolean":
      return { ru: "\u043B\u043E\u0433\u0438\u0447\u0435\u0441\u043A\u043E\u0435 \u0437\u043D\u0430\u0447\u0435\u043D\u0438\u0435", en: "a boolean" };
    default:
      return { ru: "\u043E\u0431\u044A\u0435\u043A\u0442", en: "an object" };
  }
}
function list(values) {
  return values.map((v) => typeof v === "string" ? v : JSON.stringify(v)).join(", ");
}
function knownKeys(parentSchema) {
  const props = parentSchema?.properties;
  return props ? Object.keys(props) : [];
}
function schemaErrorsToDiagnostics(errors, ctx = {}) {
  const relevant = errors.filter((e) => e.keyword !== "if");
  const ruErrors = relevant.map((e) => ({ ...e }));
  localizeRu(ruErrors);
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  relevant.forEach((e, i) => {
    const ruBase = ruErrors[i]?.message ?? e.message ?? e.keyword;
    const enBase = e.message ?? e.keyword;
    const d = toDiagnostic(e, ruBase, enBase, ctx);
    const key = `${d.pointer}\0${d.message.en}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(d);
  });
  return out;
}
function toDiagnostic(e, ruBase, enBase, ctx) {
  const at = (pointer, located = pointer, byKey = false) => {
    const location = byKey ? ctx.locateKey?.(located) ?? ctx.locate?.(located) : ctx.locate?.(located);
    return { file: ctx.file, pointer, location };
  };
  const params = e.params;
  switch (e.keyword) {
    case "additionalProperties": {
      const key = String(params.additionalProperty);
      const shown = quoteValue(key);
      const pointer = joinPointer(e.instancePath, key);
      const known = knownKeys(e.parentSchema);
      const suggestion = suggestKey(key, known);
      const message = suggestion ? {
        ru: `\u043D\u0435\u0438\u0437\u0432\u0435\u0441\u0442\u043D\u044B\u0439 \u043A\u043B\u044E\u0447 \xAB${shown}\xBB; \u0432\u043E\u0437\u043C\u043E\u0436\u043D\u043E, \u0438\u043C\u0435\u043B\u043E\u0441\u044C \u0432 \u0432\u0438\u0434\u0443 \xAB${suggestion}\xBB`,
        en: `unknown key "${shown}"; did you mean "${suggestion}"?`
      } : {
        ru: `\u043D\u0435\u0438\u0437\u0432\u0435\u0441\u0442\u043D\u044B\u0439 \u043A\u043B\u044E\u0447 \xAB${shown}\xBB; \u0434\u043E\u043F\u0443\u0441\u0442\u0438\u043C\u044B\u0435 \u043A\u043B\u044E\u0447\u0438: ${list(known)}`,
        en: `unknown key "${shown}"; allowed keys: ${list(known)}`
      };
      return diagnosticAt("SCHEMA_VIOLATION", message, at(pointer, pointer, true), {
        hint: suggestion ? { ru: `\u043F\u0435\u0440\u0435\u0438\u043C\u0435\u043D\u0443\u0439\u0442\u0435 \u043A\u043B\u044E\u0447 \u0432 \xAB${suggestion}\xBB`, en: `rename the key to "${suggestion}"` } : { ru: "\u0443\u0434\u0430\u043B\u0438\u0442\u0435 \u043A\u043B\u044E\u0447 \u0438\u043B\u0438 \u0438\u0441\u043F\u0440\u0430\u0432\u044C\u0442\u0435 \u043E\u043F\u0435\u0447\u0430\u0442\u043A\u0443", en: "remove the key or fix the typo" }
      });
    }
    case "required": {
      const missing = String(params.missingProperty);
      const pointer = joinPointer(e.instancePath, missing);
      return diagnosticAt(
        "SCHEMA_VIOLATION",
        { ru: `\u043D\u0435\u0442 \u043E\u0431\u044F\u0437\u0430\u0442\u0435\u043B\u044C\u043D\u043E\u0433\u043E \u043F\u043E\u043B\u044F \xAB${missing}\xBB`, en: `missing required property "${missing}"` },
        at(pointer, e.instancePath),
        { hint: { ru: `\u0434\u043E\u0431\u0430\u0432\u044C\u0442\u0435 \u043F\u043E\u043B\u0435 \xAB${missing}\xBB`, en: `add the property "${missing}"` } }
      );
    }
    case "enum": {
      const allowed = list(params.allowedValues ?? []);
      return diagnosticAt(
        "SCHEMA_VIOLATION",
        { ru: `${ruBase}: ${allowed}`, en: `${enBase}: ${allowed}` },
        at(e.instancePath)
      );
    }
    case "const":
      return diagnosticAt(
        "SCHEMA_VIOLATION",
        { ru: `${ruBase}: ${list([params.allowedValue])}`, en: `${enBase}: ${list([params.allowedValue])}` },
        at(e.instancePath)
      );
    case "type": {
      const expected = String(params.type).split(",").map((t) => TYPE_NAMES[t] ?? { ru: t, en: t });
      const got = actualType(e.data);
      const hint = params.type === "boolean" ? { ru: "\u043F\u0438\u0448\u0438\u0442\u0435 true \u0438\u043B\u0438 false (\u0431\u0435\u0437 \u043A\u0430\u0432\u044B\u0447\u0435\u043A); \xAB\u0434\u0430\xBB \u0438 \xAB\u043D\u0435\u0442\xBB \u0432 YAML \u2014 \u044D\u0442\u043E \u0442\u0435\u043A\u0441\u0442", en: "write true or false (unquoted)" } : params.type === "array" ? { ru: "\u0441\u043F\u0438\u0441\u043E\u043A \u043F\u0438\u0448\u0435\u0442\u0441\u044F \u043A\u0430\u043A [a, b] \u0438\u043B\u0438 \u0441\u0442\u0440\u043E\u043A\u0430\u043C\u0438 \xAB- a\xBB", en: 'write a list as [a, b] or as "- a" lines' } : void 0;
      return diagnosticAt(
        "SCHEMA_VIOLATION",
        {
          ru: `\u0434\u043E\u043B\u0436\u043D\u043E \u0431\u044B\u0442\u044C ${expected.map((t) => t.ru).join(" \u0438\u043B\u0438 ")}, \u0430 \u0437\u0434\u0435\u0441\u044C ${got.ru}`,
          en: `must be ${expected.map((t) => t.en).join(" or ")}, got ${got.en}`
        },
        at(e.instancePath),
        { hint }
      );
    }
    case "format": {
      if (params.format === "date") {
        const dotted = typeof e.data === "string" ? /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(e.data.trim()) : null;
        const iso = dotted ? `${dotted[3]}-${dotted[2]?.padStart(2, "0")}-${dotted[1]?.padStart(2, "0")}` : void 0;
        return diagnosticAt(
          "SCHEMA_VIOLATION",
          {
            ru: "\u0434\u043E\u043B\u0436\u043D\u043E \u0431\u044B\u0442\u044C \u0434\u0430\u0442\u043E\u0439 \u0432 \u0444\u043E\u0440\u043C\u0430\u0442\u0435 \u0413\u0413\u0413\u0413-\u041C\u041C-\u0414\u0414 (\u043D\u0430\u043F\u0440\u0438\u043C\u0435\u0440, 2024-08-30)",
            en: "must be a date in the format YYYY-MM-DD (e.g. 2024-08-30)"
          },
          at(e.instancePath),
          {
            hint: iso ? { ru: `\u043D\u0430\u043F\u0438\u0448\u0438\u0442\u0435 ${iso}`, en: `write ${iso}` } : { ru: "\u043F\u0440\u043E\u0432\u0435\u0440\u044C\u0442\u0435 \u0433\u043E\u0434, \u043C\u0435\u0441\u044F\u0446 \u0438 \u0434\u0435\u043D\u044C", en: "check the year, month and day" }
          }
        );
      }
      return diagnosticAt("SCHEMA_VIOLATION", { ru: ruBase, en: enBase }, at(e.instancePath));
    }
    case "pattern":
      return diagnosticAt(
        "SCHEMA_VIOLATION",
        { ru: "\u043D\u0435 \u0434\u043E\u043B\u0436\u043D\u043E \u0431\u044B\u0442\u044C \u043F\u0443\u0441\u0442\u044B\u043C", en: "must not be blank" },
        at(e.instancePath)
      );
    default:
      return diagnosticAt("SCHEMA_VIOLATION", { ru: ruBase, en: enBase }, at(e.instancePath));
  }
}

// src/util/append.ts
function append(target, items2) {
  for (const item of items2) target.push(item);
  return target;
}

// src/validate/validate.ts
function validate(doc, options = {}) {
  const { school } = getValidators();
  const out = [];
  if (!school(doc)) append(out, schemaErrorsToDiagnostics(school.errors ?? [], options));
  append(out, checkReferences(doc, options));
  return out;
}

// src/load/file-reader.ts
var DEFAULT_MAX_FILE_BYTES = 20 * 1024 * 1024;
var DEFAULT_MAX_ALIAS_COUNT = 100;
var DEFAULT_MAX_DEPTH = 32;

// src/load/csv-values.ts
var NORMALIZED = /* @__PURE__ */ new Map();
var NORMALIZED_MAX = 4096;
var NORMALIZED_MAX_LENGTH = 64;
function normalizeWord(s) {
  if (s.length > NORMALIZED_MAX_LENGTH) return normalizeUncached(s);
  let out = NORMALIZED.get(s);
  if (out === void 0) {
    out = normalizeUncached(s);
    if (NORMALIZED.size >= NORMALIZED_MAX) NORMALIZED.clear();
    NORMALIZED.set(s, out);
  }
  return out;
}
function normalizeUncached(s) {
  return s.normalize("NFC").replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase().replace(/ё/g, "\u0435").replace(/[^\p{L}\p{N}+\-–—]+/gu, " ").replace(/(\p{L})[-–—]+(\p{L})/gu, "$1 $2").trim();
}
function lookup(table) {
  const map = /* @__PURE__ */ new Map();
  for (const [value, words] of Object.entries(table)) {
    for (const w of [value, ...words]) map.set(normalizeWord(w), value);
  }
  return map;
}
var TRUE_WORDS = ["\u0434\u0430", "\u0434", "yes", "y", "true", "\u0438\u0441\u0442\u0438\u043D\u0430", "1", "+", "\u0435\u0441\u0442\u044C"];
var FALSE_WORDS = ["\u043D\u0435\u0442", "\u043D", "no", "n", "false", "\u043B\u043E\u0436\u044C", "0", "-", "\u2013", "\u2014"];
var BOOLEANS = new Map([
  ...TRUE_WORDS.map((w) => [normalizeWord(w) || w, true]),
  ...FALSE_WORDS.map((w) => [normalizeWord(w) || w, false])
]);
function parseBooleanCell(cell, required) {
  if (cell === "") return { value: required ? false : void 0 };
  const value = BOOLEANS.get(normalizeWord(cell) || cell);
  if (value !== void 0) return { value };
  return {
    error: { ru: `\xAB${quoteValue(cell)}\xBB \u2014 \u043D\u0435 \xAB\u0434\u0430\xBB \u0438 \u043D\u0435 \xAB\u043D\u0435\u0442\xBB`, en: `"${quoteValue(cell)}" is neither yes nor no` },
    hint: {
      ru: "\u0434\u043E\u043F\u0443\u0441\u0442\u0438\u043C\u043E: \u0434\u0430, \u043D\u0435\u0442, yes, no, true, false, 1, 0, +, -, \u043F\u0443\u0441\u0442\u0430\u044F \u044F\u0447\u0435\u0439\u043A\u0430",
      en: "accepted: \u0434\u0430, \u043D\u0435\u0442, yes, no, true, false, 1, 0, +, -, an empty cell"
    }
  };
}
function parseTextCell(cell) {
  return { value: cell === "" ? void 0 : cell };
}
function splitList(cell) {
  return cell.split(/[,;|]/).map((s) => s.trim()).filter((s) => s !== "");
}
function parseListCell(cell) {
  const items2 = splitList(cell);
  return { value: items2.length > 0 ? items2 : void 0 };
}
function parseDateCell(cell) {
  if (cell === "") return {};
  const iso = toIsoDate(cell);
  if (iso) return { value: iso };
  return {
    error: { ru: `\xAB${quoteValue(cell)}\xBB \u2014 \u043D\u0435 \u0434\u0430\u0442\u0430`, en: `"${quoteValue(cell)}" is not a date` },
    hint: { ru: "\u043F\u0438\u0448\u0438\u0442\u0435 \u0434\u0430\u0442\u0443 \u043A\u0430\u043A 2024-08-30 \u0438\u043B\u0438 30.08.2024", en: "write the date as 2024-08-30 or 30.08.2024" }
  };
}
function toIsoDate(text2) {
  let y;
  let m;
  let d;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text2);
  const ru = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text2);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (ru) [y, m, d] = [Number(ru[3]), Number(ru[2]), Number(ru[1])];
  else return void 0;
  const days = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  if (m < 1 || m > 12 || d < 1 || d > (days[m - 1] ?? 0)) return void 0;
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}
function parseCountCell(cell) {
  if (cell === "") return {};
  const compact = cell.replace(/[\s\u00a0]/g, "");
  if (/^\d{1,9}$/.test(compact)) return { value: Number(compact) };
  return {
    error: { ru: `\xAB${quoteValue(cell)}\xBB \u2014 \u043D\u0435 \u0446\u0435\u043B\u043E\u0435 \u043D\u0435\u043E\u0442\u0440\u0438\u0446\u0430\u0442\u0435\u043B\u044C\u043D\u043E\u0435 \u0447\u0438\u0441\u043B\u043E`, en: `"${quoteValue(cell)}" is not a non-negative whole number` }
  };
}
function enumCell(table, what) {
  const map = lookup(table);
  const accepted = Object.entries(table).map(([value, words]) => [value, ...words.slice(0, 2)].join("/")).join(", ");
  const parseOne = (word) => map.get(normalizeWord(word));
  return {
    parseOne,
    accepted,
    parse: (cell) => {
      if (cell === "") return {};
      const value = parseOne(cell);
      if (value !== void 0) return { value };
      return {
        error: { ru: `\xAB${quoteValue(cell)}\xBB \u2014 \u043D\u0435\u0438\u0437\u0432\u0435\u0441\u0442\u043D\u043E\u0435 \u0437\u043D\u0430\u0447\u0435\u043D\u0438\u0435 (${what.ru})`, en: `"${quoteValue(cell)}" is not a known ${what.en}` },
        hint: { ru: `\u0434\u043E\u043F\u0443\u0441\u0442\u0438\u043C\u043E: ${accepted}`, en: `accepted: ${accepted}` }
      };
    }
  };
}
var ROLE_WORDS = {
  administration: ["\u0430\u0434\u043C\u0438\u043D\u0438\u0441\u0442\u0440\u0430\u0446\u0438\u044F", "\u0430\u0434\u043C\u0438\u043D\u0438\u0441\u0442\u0440\u0430\u0442\u043E\u0440", "\u0440\u0443\u043A\u043E\u0432\u043E\u0434\u0441\u0442\u0432\u043E", "\u0430\u0434\u043C\u0438\u043D\u0438\u0441\u0442\u0440\u0430\u0446\u0438\u044F \u0448\u043A\u043E\u043B\u044B", "admin", "administrator", "management"],
  teacher: ["\u0443\u0447\u0438\u0442\u0435\u043B\u044C", "\u043F\u0435\u0434\u0430\u0433\u043E\u0433", "\u043F\u0440\u0435\u043F\u043E\u0434\u0430\u0432\u0430\u0442\u0435\u043B\u044C", "\u043F\u0435\u0434\u0430\u0433\u043E\u0433\u0438\u0447\u0435\u0441\u043A\u0438\u0439 \u0440\u0430\u0431\u043E\u0442\u043D\u0438\u043A", "pedagogue"],
  "class-teacher": ["\u043A\u043B\u0430\u0441\u0441\u043D\u044B\u0439 \u0440\u0443\u043A\u043E\u0432\u043E\u0434\u0438\u0442\u0435\u043B\u044C", "\u043A\u043B. \u0440\u0443\u043A\u043E\u0432\u043E\u0434\u0438\u0442\u0435\u043B\u044C", "\u043A\u043B\u0430\u0441\u0441\u0440\u0443\u043A", "class teacher", "homeroom teacher"],
  student: ["\u0443\u0447\u0435\u043D\u0438\u043A", "\u043E\u0431\u0443\u0447\u0430\u044E\u0449\u0438\u0439\u0441\u044F", "\u0443\u0447\u0430\u0449\u0438\u0439\u0441\u044F", "\u0443\u0447\u0435\u043D\u0438\u0446\u0430", "\u043E\u0431\u0443\u0447\u0430\u044E\u0449\u0430\u044F\u0441\u044F", "\u0443\u0447\u0430\u0449\u0430\u044F\u0441\u044F", "pupil"],
  parent: ["\u0440\u043E\u0434\u0438\u0442\u0435\u043B\u044C", "\u0437\u0430\u043A\u043E\u043D\u043D\u044B\u0439 \u043F\u0440\u0435\u0434\u0441\u0442\u0430\u0432\u0438\u0442\u0435\u043B\u044C", "\u0440\u043E\u0434\u0438\u0442\u0435\u043B\u044C (\u0437\u0430\u043A\u043E\u043D\u043D\u044B\u0439 \u043F\u0440\u0435\u0434\u0441\u0442\u0430\u0432\u0438\u0442\u0435\u043B\u044C)", "\u043E\u043F\u0435\u043A\u0443\u043D", "legal representative", "guardian"]
};
var roleEnum = enumCell(ROLE_WORDS, { ru: "\u0440\u043E\u043B\u044C", en: "role" });
function parseRolesCell(cell) {
  const words = splitList(cell);
  if (words.length === 0) {
    return {
      error: { ru: "\u043D\u0435 \u0443\u043A\u0430\u0437\u0430\u043D\u044B \u0440\u043E\u043B\u0438", en: "no roles given" },
      hint: { ru: `\u0434\u043E\u043F\u0443\u0441\u0442\u0438\u043C\u043E: ${roleEnum.accepted}`, en: `accepted: ${roleEnum.accepted}` }
    };
  }
  const roles = [];
  for (const w of words) {
    const role = roleEnum.parseOne(w);
    if (role === void 0) {
      return {
        error: { ru: `\xAB${quoteValue(w)}\xBB \u2014 \u043D\u0435\u0438\u0437\u0432\u0435\u0441\u0442\u043D\u0430\u044F \u0440\u043E\u043B\u044C`, en: `"${quoteValue(w)}" is not a known role` },
        hint: { ru: `\u0434\u043E\u043F\u0443\u0441\u0442\u0438\u043C\u043E: ${roleEnum.accepted}`, en: `accepted: ${roleEnum.accepted}` }
      };
    }
    if (!roles.includes(role)) roles.push(role);
  }
  return { value: roles };
}
var CHANNEL_KIND_WORDS = {
  chat: ["\u0447\u0430\u0442", "\u0431\u0435\u0441\u0435\u0434\u0430", "\u0433\u0440\u0443\u043F\u043F\u043E\u0432\u043E\u0439 \u0447\u0430\u0442"],
  channel: ["\u043A\u0430\u043D\u0430\u043B"],
  call: ["\u0437\u0432\u043E\u043D\u043E\u043A", "\u0441\u043E\u0437\u0432\u043E\u043D", "\u0432\u0438\u0434\u0435\u043E\u0437\u0432\u043E\u043D\u043E\u043A", "\u043A\u043E\u043D\u0444\u0435\u0440\u0435\u043D\u0446\u0438\u044F", "\u0432\u0438\u0434\u0435\u043E\u043A\u043E\u043D\u0444\u0435\u0440\u0435\u043D\u0446\u0438\u044F"],
  group: ["\u0433\u0440\u0443\u043F\u043F\u0430", "\u0441\u043E\u043E\u0431\u0449\u0435\u0441\u0442\u0432\u043E", "community"]
};
var CHANNEL_PURPOSE_WORDS = {
  class: ["\u043A\u043B\u0430\u0441\u0441", "\u043A\u043B\u0430\u0441\u0441\u043D\u044B\u0439", "\u0447\u0430\u0442 \u043A\u043B\u0430\u0441\u0441\u0430", "\u043A\u043B\u0430\u0441\u0441\u043D\u044B\u0439 \u0447\u0430\u0442"],
  parents: ["\u0440\u043E\u0434\u0438\u0442\u0435\u043B\u0438", "\u0440\u043E\u0434\u0438\u0442\u0435\u043B\u044C\u0441\u043A\u0438\u0439", "\u0440\u043E\u0434\u0438\u0442\u0435\u043B\u044C\u0441\u043A\u0438\u0439 \u0447\u0430\u0442"],
  subject: ["\u043F\u0440\u0435\u0434\u043C\u0435\u0442", "\u043F\u0440\u0435\u0434\u043C\u0435\u0442\u043D\u044B\u0439"],
  educational: ["\u0443\u0447\u0435\u0431\u043D\u044B\u0439", "\u043E\u0431\u0440\u0430\u0437\u043E\u0432\u0430\u0442\u0435\u043B\u044C\u043D\u044B\u0439", "\u043E\u0431\u0443\u0447\u0435\u043D\u0438\u0435"],
  administrative: ["\u0430\u0434\u043C\u0438\u043D\u0438\u0441\u0442\u0440\u0430\u0442\u0438\u0432\u043D\u044B\u0439", "\u0443\u043F\u0440\u0430\u0432\u043B\u0435\u043D\u0447\u0435\u0441\u043A\u0438\u0439", "\u0430\u0434\u043C\u0438\u043D\u0438\u0441\u0442\u0440\u0430\u0446\u0438\u044F"],
  staff: ["\u043F\u0435\u0434\u0430\u0433\u043E\u0433\u0438", "\u043F\u0435\u0434\u043A\u043E\u043B\u043B\u0435\u043A\u0442\u0438\u0432", "\u043A\u043E\u043B\u043B\u0435\u043A\u0442\u0438\u0432", "\u0441\u043E\u0442\u0440\u0443\u0434\u043D\u0438\u043A\u0438", "\u043F\u0435\u0434\u0430\u0433\u043E\u0433\u0438\u0447\u0435\u0441\u043A\u0438\u0439"],
  official: ["\u043E\u0444\u0438\u0446\u0438\u0430\u043B\u044C\u043D\u044B\u0439", "\u043E\u0444\u0438\u0446\u0438\u0430\u043B\u044C\u043D\u044B\u0439 \u043A\u0430\u043D\u0430\u043B"],
  other: ["\u0434\u0440\u0443\u0433\u043E\u0435", "\u043F\u0440\u043E\u0447\u0435\u0435", "\u0438\u043D\u043E\u0435"]
};

// src/load/csv-columns.ts
var text = (cell) => parseTextCell(cell);
var requiredText = (cell) => cell === "" ? { error: { ru: "\u043F\u0443\u0441\u0442\u0430\u044F \u044F\u0447\u0435\u0439\u043A\u0430 \u0432 \u043E\u0431\u044F\u0437\u0430\u0442\u0435\u043B\u044C\u043D\u043E\u043C \u0441\u0442\u043E\u043B\u0431\u0446\u0435", en: "empty cell in a required column" } } : { value: cell };
var flag = (cell) => parseBooleanCell(cell, false);
var requiredFlag = (cell) => parseBooleanCell(cell, true);
var PEOPLE_CSV_COLUMNS = [
  { path: ["id"], ru: "\u0418\u0414", en: "id", aliases: ["\u0438\u0434\u0435\u043D\u0442\u0438\u0444\u0438\u043A\u0430\u0442\u043E\u0440", "\u043A\u043E\u0434", "person id"], required: true, parse: requiredText },
  { path: ["name"], ru: "\u0424\u0418\u041E", en: "name", aliases: ["\u0438\u043C\u044F", "\u0444\u0430\u043C\u0438\u043B\u0438\u044F \u0438\u043C\u044F \u043E\u0442\u0447\u0435\u0441\u0442\u0432\u043E", "full name"], parse: text },
  { path: ["roles"], ru: "\u0420\u043E\u043B\u0438", en: "roles", aliases: ["\u0440\u043E\u043B\u044C", "role"], required: true, parse: parseRolesCell },
  { path: ["position"], ru: "\u0414\u043E\u043B\u0436\u043D\u043E\u0441\u0442\u044C", en: "position", aliases: [], parse: text },
  { path: ["class"], ru: "\u041A\u043B\u0430\u0441\u0441", en: "class", aliases: ["\u043A\u043B\u0430\u0441\u0441 \u043E\u0431\u0443\u0447\u0430\u044E\u0449\u0435\u0433\u043E\u0441\u044F"], parse: text },
  {
    path: ["classTeacherOf"],
    ru: "\u041A\u043B\u0430\u0441\u0441\u043D\u044B\u0439 \u0440\u0443\u043A\u043E\u0432\u043E\u0434\u0438\u0442\u0435\u043B\u044C (\u043A\u043B\u0430\u0441\u0441\u044B)",
    en: "class_teacher_of",
    aliases: ["\u043A\u043B\u0430\u0441\u0441\u043D\u043E\u0435 \u0440\u0443\u043A\u043E\u0432\u043E\u0434\u0441\u0442\u0432\u043E", "\u043A\u043B\u0430\u0441\u0441\u043D\u044B\u0439 \u0440\u0443\u043A\u043E\u0432\u043E\u0434\u0438\u0442\u0435\u043B\u044C", "\u043A\u043B\u0430\u0441\u0441\u043D\u044B\u0439 \u0440\u0443\u043A\u043E\u0432\u043E\u0434\u0438\u0442\u0435\u043B\u044C \u043A\u043B\u0430\u0441\u0441\u043E\u0432"],
    parse: parseListCell
  },
  {
    path: ["parentOf"],
    ru: "\u0420\u043E\u0434\u0438\u0442\u0435\u043B\u044C \u0443\u0447\u0435\u043D\u0438\u043A\u043E\u0432",
    en: "parent_of",
    aliases: ["\u0440\u043E\u0434\u0438\u0442\u0435\u043B\u044C (\u0443\u0447\u0435\u043D\u0438\u043A\u0438)", "\u0440\u043E\u0434\u0438\u0442\u0435\u043B\u044C \u043E\u0431\u0443\u0447\u0430\u044E\u0449\u0438\u0445\u0441\u044F", "\u0434\u0435\u0442\u0438", "children"],
    parse: parseListCell
  },
  { path: ["phone"], ru: "\u0422\u0435\u043B\u0435\u0444\u043E\u043D", en: "phone", aliases: ["\u043C\u043E\u0431\u0438\u043B\u044C\u043D\u044B\u0439 \u0442\u0435\u043B\u0435\u0444\u043E\u043D", "\u043D\u043E\u043C\u0435\u0440 \u0442\u0435\u043B\u0435\u0444\u043E\u043D\u0430", "mobile"], parse: text },
  {
    path: ["profile", "created"],
    ru: "\u041F\u0440\u043E\u0444\u0438\u043B\u044C \u0441\u043E\u0437\u0434\u0430\u043D",
    en: "profile_created",
    aliases: ["\u0443\u0447\u0435\u0431\u043D\u044B\u0439 \u043F\u0440\u043E\u0444\u0438\u043B\u044C \u0441\u043E\u0437\u0434\u0430\u043D", "\u0443\u0447\u0435\u0431\u043D\u044B\u0439 \u043F\u0440\u043E\u0444\u0438\u043B\u044C"],
    required: true,
    parse: requiredFlag
  },
  { path: ["profile", "secured"], ru: "\u041F\u0440\u043E\u0444\u0438\u043B\u044C \u0437\u0430\u0449\u0438\u0449\u0451\u043D", en: "profile_secured", aliases: ["\u043F\u0440\u043E\u0444\u0438\u043B\u044C \u0432 \u0431\u0435\u0437\u043E\u043F\u0430\u0441\u043D\u043E\u0441\u0442\u0438"], parse: flag },
  {
    path: ["profile", "twoFactor"],
    ru: "\u0414\u0432\u0443\u0445\u0444\u0430\u043A\u0442\u043E\u0440\u043D\u0430\u044F \u0430\u0443\u0442\u0435\u043D\u0442\u0438\u0444\u0438\u043A\u0430\u0446\u0438\u044F",
    en: "profile_two_factor",
    aliases: ["2fa", "two factor", "\u0432\u0442\u043E\u0440\u043E\u0439 \u0444\u0430\u043A\u0442\u043E\u0440", "\u0434\u0432\u0443\u0445\u0444\u0430\u043A\u0442\u043E\u0440\u043D\u0430\u044F \u0437\u0430\u0449\u0438\u0442\u0430"],
    parse: flag
  },
  { path: ["profile", "createdAt"], ru: "\u0414\u0430\u0442\u0430 \u0441\u043E\u0437\u0434\u0430\u043D\u0438\u044F \u043F\u0440\u043E\u0444\u0438\u043B\u044F", en: "profile_created_at", aliases: [], parse: parseDateCell },
  {
    path: ["eschool", "linked"],
    ru: "\u0421\u0432\u044F\u0437\u044C \u0441 \u042D\u0428",
    en: "eschool_linked",
    aliases: ["\u0441\u0432\u044F\u0437\u044C \u0441 \u044D\u043B\u0435\u043A\u0442\u0440\u043E\u043D\u043D\u043E\u0439 \u0448\u043A\u043E\u043B\u043E\u0439", "\u0441\u0432\u044F\u0437\u0430\u043D \u0441 \u042D\u0428", "\u043F\u0440\u0438\u0432\u044F\u0437\u043A\u0430 \u043A \u042D\u0428"],
    required: true,
    parse: requiredFlag
  },
  {
    path: ["eschool", "organization"],
    ru: "\u041E\u0440\u0433\u0430\u043D\u0438\u0437\u0430\u0446\u0438\u044F \u0432 \u042D\u0428",
    en: "eschool_organization",
    aliases: ["\u043E\u0440\u0433\u0430\u043D\u0438\u0437\u0430\u0446\u0438\u044F \u042D\u0428"],
    parse: text
  },
  {
    path: ["eschool", "role"],
    ru: "\u0420\u043E\u043B\u044C \u0432 \u042D\u0428",
    en: "eschool_role",
    aliases: ["\u0440\u043E\u043B\u044C \u042D\u0428"],
    // Kept as written: the normalize stage maps synonyms to «учитель», «ученик», «родитель».
    parse: text
  }
];
var kind = enumCell(CHANNEL_KIND_WORDS, { ru: "\u0442\u0438\u043F \u043A\u0430\u043D\u0430\u043B\u0430", en: "channel kind" });
var purpose = enumCell(CHANNEL_PURPOSE_WORDS, { ru: "\u043D\u0430\u0437\u043D\u0430\u0447\u0435\u043D\u0438\u0435 \u043A\u0430\u043D\u0430\u043B\u0430", en: "channel purpose" });
var CHANNEL_CSV_COLUMNS = [
  { path: ["id"], ru: "\u0418\u0414", en: "id", aliases: ["\u0438\u0434\u0435\u043D\u0442\u0438\u0444\u0438\u043A\u0430\u0442\u043E\u0440", "\u043A\u043E\u0434", "channel id"], parse: text },
  { path: ["title"], ru: "\u041D\u0430\u0437\u0432\u0430\u043D\u0438\u0435", en: "title", aliases: ["\u043D\u0430\u0438\u043C\u0435\u043D\u043E\u0432\u0430\u043D\u0438\u0435", "name"], required: true, parse: requiredText },
  { path: ["platform"], ru: "\u041C\u0435\u0441\u0441\u0435\u043D\u0434\u0436\u0435\u0440", en: "platform", aliases: ["\u043F\u043B\u0430\u0442\u0444\u043E\u0440\u043C\u0430", "messenger", "\u0441\u0435\u0440\u0432\u0438\u0441"], required: true, parse: requiredText },
  { path: ["link"], ru: "\u0421\u0441\u044B\u043B\u043A\u0430", en: "link", aliases: ["url", "\u0430\u0434\u0440\u0435\u0441", "\u0441\u0441\u044B\u043B\u043A\u0430-\u043F\u0440\u0438\u0433\u043B\u0430\u0448\u0435\u043D\u0438\u0435", "invite link"], parse: text },
  { path: ["kind"], ru: "\u0422\u0438\u043F", en: "kind", aliases: ["type", "\u0432\u0438\u0434"], required: true, parse: (c) => c === "" ? requiredText(c) : kind.parse(c) },
  {
    path: ["purpose"],
    ru: "\u041D\u0430\u0437\u043D\u0430\u0447\u0435\u043D\u0438\u0435",
    en: "purpose",
    aliases: [],
    required: true,
    parse: (c) => c === "" ? requiredText(c) : purpose.parse(c)
  },
  { path: ["class"], ru: "\u041A\u043B\u0430\u0441\u0441", en: "class", aliases: [], parse: text },
  { path: ["owner"], ru: "\u0412\u043B\u0430\u0434\u0435\u043B\u0435\u0446", en: "owner", aliases: ["\u0441\u043E\u0437\u0434\u0430\u0442\u0435\u043B\u044C", "creator"], parse: text },
  { path: ["members"], ru: "\u0423\u0447\u0430\u0441\u0442\u043D\u0438\u043A\u0438", en: "members", aliases: ["\u0441\u043F\u0438\u0441\u043E\u043A \u0443\u0447\u0430\u0441\u0442\u043D\u0438\u043A\u043E\u0432"], parse: parseListCell },
  { path: ["memberCounts", "student"], ru: "\u0423\u0447\u0435\u043D\u0438\u043A\u043E\u0432", en: "students", aliases: ["\u043E\u0431\u0443\u0447\u0430\u044E\u0449\u0438\u0445\u0441\u044F", "\u0447\u0438\u0441\u043B\u043E \u0443\u0447\u0435\u043D\u0438\u043A\u043E\u0432"], parse: parseCountCell },
  { path: ["memberCounts", "parent"], ru: "\u0420\u043E\u0434\u0438\u0442\u0435\u043B\u0435\u0439", en: "parents", aliases: ["\u0447\u0438\u0441\u043B\u043E \u0440\u043E\u0434\u0438\u0442\u0435\u043B\u0435\u0439"], parse: parseCountCell },
  { path: ["memberCounts", "teacher"], ru: "\u0423\u0447\u0438\u0442\u0435\u043B\u0435\u0439", en: "teachers", aliases: ["\u043F\u0435\u0434\u0430\u0433\u043E\u0433\u043E\u0432", "\u0447\u0438\u0441\u043B\u043E \u0443\u0447\u0438\u0442\u0435\u043B\u0435\u0439"], parse: parseCountCell },
  { path: ["memberCounts", "administration"], ru: "\u0410\u0434\u043C\u0438\u043D\u0438\u0441\u0442\u0440\u0430\u0446\u0438\u0438", en: "administration", aliases: [], parse: parseCountCell },
  { path: ["memberCounts", "class-teacher"], ru: "\u041A\u043B\u0430\u0441\u0441\u043D\u044B\u0445 \u0440\u0443\u043A\u043E\u0432\u043E\u0434\u0438\u0442\u0435\u043B\u0435\u0439", en: "class_teachers", aliases: [], parse: parseCountCell },
  { path: ["memberCounts", "other"], ru: "\u0414\u0440\u0443\u0433\u0438\u0445 \u0443\u0447\u0430\u0441\u0442\u043D\u0438\u043A\u043E\u0432", en: "others", aliases: ["\u043F\u0440\u043E\u0447\u0438\u0445", "\u0434\u0440\u0443\u0433\u0438\u0445"], parse: parseCountCell },
  { path: ["autoCreated"], ru: "\u0421\u043E\u0437\u0434\u0430\u043D \u0430\u0432\u0442\u043E\u043C\u0430\u0442\u0438\u0447\u0435\u0441\u043A\u0438", en: "auto_created", aliases: ["\u0430\u0432\u0442\u043E\u043C\u0430\u0442\u0438\u0447\u0435\u0441\u043A\u0438"], parse: flag },
  { path: ["createdAt"], ru: "\u0421\u043E\u0437\u0434\u0430\u043D", en: "created_at", aliases: ["\u0434\u0430\u0442\u0430 \u0441\u043E\u0437\u0434\u0430\u043D\u0438\u044F", "created"], parse: parseDateCell },
  {
    path: ["lastActivityAt"],
    ru: "\u041F\u043E\u0441\u043B\u0435\u0434\u043D\u044F\u044F \u0430\u043A\u0442\u0438\u0432\u043D\u043E\u0441\u0442\u044C",
    en: "last_activity_at",
    aliases: ["last activity", "\u0430\u043A\u0442\u0438\u0432\u043D\u043E\u0441\u0442\u044C"],
    parse: parseDateCell
  },
  { path: ["content", "personalData"], ru: "\u041F\u0435\u0440\u0441\u043E\u043D\u0430\u043B\u044C\u043D\u044B\u0435 \u0434\u0430\u043D\u043D\u044B\u0435", en: "personal_data", aliases: ["\u041F\u0414\u043D"], parse: flag },
  { path: ["content", "paymentDocuments"], ru: "\u041F\u043B\u0430\u0442\u0451\u0436\u043D\u044B\u0435 \u0434\u043E\u043A\u0443\u043C\u0435\u043D\u0442\u044B", en: "payment_documents", aliases: [], parse: flag },
  { path: ["content", "bankDetails"], ru: "\u0411\u0430\u043D\u043A\u043E\u0432\u0441\u043A\u0438\u0435 \u0440\u0435\u043A\u0432\u0438\u0437\u0438\u0442\u044B", en: "bank_details", aliases: ["\u0440\u0435\u043A\u0432\u0438\u0437\u0438\u0442\u044B"], parse: flag }
];

// src/load/read-csv-table.ts
import { CsvError, parse } from "csv-parse/sync";

// src/load/decode-text.ts
var hasUtf8Bom = (b) => b[0] === 239 && b[1] === 187 && b[2] === 191;
function decodeText(bytes, options = {}) {
  if (bytes[0] === 255 && bytes[1] === 254 || bytes[0] === 254 && bytes[1] === 255) {
    return {
      ok: false,
      line: 1,
      column: 1,
      message: {
        ru: "\u0444\u0430\u0439\u043B \u0432 \u043A\u043E\u0434\u0438\u0440\u043E\u0432\u043A\u0435 UTF-16 (\xAB\u0422\u0435\u043A\u0441\u0442 \u042E\u043D\u0438\u043A\u043E\u0434\xBB); \u0441\u043E\u0445\u0440\u0430\u043D\u0438\u0442\u0435 \u0435\u0433\u043E \u043A\u0430\u043A \xABCSV UTF-8\xBB \u0438\u043B\u0438 \u0432 Windows-1251",
        en: 'the file is UTF-16 ("Unicode text"); save it as "CSV UTF-8" or Windows-1251'
      }
    };
  }
  if (options.encoding === "windows-1251") {
    return { ok: true, text: new TextDecoder("windows-1251").decode(bytes), encoding: "windows-1251", bom: false };
  }
  const bom = hasUtf8Bom(bytes);
  try {
    const text2 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    return { ok: true, text: text2, encoding: "utf-8", bom };
  } catch {
    if (options.allowCp1251 && options.encoding === void 0 && !bom) {
      return { ok: true, text: new TextDecoder("windows-1251").decode(bytes), encoding: "windows-1251", bom: false };
    }
    const offset = firstInvalidUtf8(bytes);
    let lineStart = 0;
    let line = 1;
    for (let i = 0; i < offset; i += 1) {
      if (bytes[i] === 10) {
        line += 1;
        lineStart = i + 1;
      }
    }
    const column = new TextDecoder("utf-8").decode(bytes.subarray(lineStart, offset)).length + 1;
    return {
      ok: false,
      line,
      column,
      message: {
        ru: `\u0444\u0430\u0439\u043B \u043D\u0435 \u0432 \u043A\u043E\u0434\u0438\u0440\u043E\u0432\u043A\u0435 UTF-8: \u043D\u0435\u0434\u043E\u043F\u0443\u0441\u0442\u0438\u043C\u044B\u0439 \u0431\u0430\u0439\u0442 0x${(bytes[offset] ?? 0).toString(16).padStart(2, "0")}`,
        en: `the file is not valid UTF-8: invalid byte 0x${(bytes[offset] ?? 0).toString(16).padStart(2, "0")}`
      }
    };
  }
}
function firstInvalidUtf8(b) {
  let i = 0;
  while (i < b.length) {
    const c = b[i] ?? 0;
    let need = 0;
    let min = 0;
    if (c < 128) {
      i += 1;
      continue;
    } else if (c >= 194 && c <= 223) {
      need = 1;
      min = 128;
    } else if (c >= 224 && c <= 239) {
      need = 2;
      min = 2048;
    } else if (c >= 240 && c <= 244) {
      need = 3;
      min = 65536;
    } else return i;
    let cp = c & 63 >> need;
    for (let k = 1; k <= need; k += 1) {
      const cc = b[i + k];
      if (cc === void 0 || (cc & 192) !== 128) return i;
      cp = cp << 6 | cc & 63;
    }
    if (cp < min || cp > 1114111 || cp >= 55296 && cp <= 57343) return i;
    i += need + 1;
  }
  return Math.max(0, b.length - 1);
}

// src/load/line-index.ts
var LineIndex = class {
  starts = [0];
  constructor(text2) {
    for (let i = 0; i < text2.length; i += 1) {
      const c = text2.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13) {
        if (text2.charCodeAt(i + 1) === 10) i += 1;
        this.starts.push(i + 1);
      }
    }
  }
  position(offset) {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if ((this.starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (this.starts[lo] ?? 0) + 1 };
  }
};

// src/load/read-csv-table.ts
function scanPositions(text2, delimiter) {
  const records = [];
  const n2 = text2.length;
  let i = 0;
  while (i < n2) {
    const rec = { start: i, fields: [] };
    for (; ; ) {
      rec.fields.push(i);
      if (text2[i] === '"') {
        const open = i;
        i += 1;
        for (; ; ) {
          if (i >= n2) return { records, unclosedQuote: open };
          if (text2[i] === '"') {
            if (text2[i + 1] === '"') {
              i += 2;
              continue;
            }
            i += 1;
            break;
          }
          i += 1;
        }
      }
      while (i < n2 && text2[i] !== delimiter && text2[i] !== "\n" && text2[i] !== "\r") i += 1;
      if (i < n2 && text2[i] === delimiter) {
        i += 1;
        continue;
      }
      break;
    }
    if (text2[i] === "\r" && text2[i + 1] === "\n") i += 2;
    else if (i < n2) i += 1;
    records.push(rec);
  }
  return { records };
}
function detectDelimiter(line) {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === ";") semicolons += 1;
    else if (!quoted && c === ",") commas += 1;
  }
  return semicolons >= commas && semicolons > 0 ? ";" : commas > 0 ? "," : ";";
}
var isBlank = (cells) => cells.every((c) => c.trim() === "");
function readCsvTable(input, file, options = {}) {
  let text2;
  let encoding = "utf-8";
  if (typeof input === "string") text2 = input.replace(/^\uFEFF/, "");
  else {
    const decoded = decodeText(input, { encoding: options.encoding, allowCp1251: true });
    if (!decoded.ok) {
      return {
        diagnostics: [
          diagnosticAt("ENCODING_INVALID", decoded.message, { file, line: decoded.line, column: decoded.column }, {
            hint: { ru: "\u0441\u043E\u0445\u0440\u0430\u043D\u0438\u0442\u0435 \u0444\u0430\u0439\u043B \u043A\u0430\u043A \xABCSV UTF-8\xBB \u0438\u043B\u0438 \u0432 Windows-1251", en: 'save the file as "CSV UTF-8" or Windows-1251' }
          })
        ]
      };
    }
    text2 = decoded.text;
    encoding = decoded.encoding;
  }
  const lines = new LineIndex(text2);
  const position = (offset) => lines.position(offset);
  if (text2.trim() === "") {
    return {
      diagnostics: [
        diagnosticAt("FILE_EMPTY", { ru: `\u0444\u0430\u0439\u043B \xAB${file}\xBB \u043F\u0443\u0441\u0442`, en: `file "${file}" is empty` }, { file }, {
          hint: { ru: "\u043F\u0435\u0440\u0432\u0430\u044F \u0441\u0442\u0440\u043E\u043A\u0430 CSV \u2014 \u0437\u0430\u0433\u043E\u043B\u043E\u0432\u043A\u0438 \u0441\u0442\u043E\u043B\u0431\u0446\u043E\u0432", en: "the first CSV line holds the column headers" }
        })
      ]
    };
  }
  const firstLine = /^[^\r\n]*/.exec(text2)?.[0] ?? "";
  const sep = /^sep=([;,])\s*$/i.exec(firstLine);
  const headerLine = (sep ? text2.slice(firstLine.length).replace(/^\r?\n/, "") : text2).split(/\r\n|\n|\r/).find((l) => l.trim() !== "") ?? "";
  const delimiter = options.delimiter ?? sep?.[1] ?? detectDelimiter(headerLine);
  const scanned = scanPositions(text2, delimiter);
  let records;
  try {
    records = parse(text2, {
      delimiter,
      record_delimiter: ["\r\n", "\n", "\r"],
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: false,
      bom: false
    });
  } catch (error) {
    const quote = scanned.unclosedQuote;
    if (quote !== void 0 || error instanceof CsvError && error.code === "CSV_QUOTE_NOT_CLOSED") {
      const at = position(quote ?? 0);
      return {
        diagnostics: [
          diagnosticAt(
            "CSV_SYNTAX",
            { ru: "\u043A\u0430\u0432\u044B\u0447\u043A\u0430 \u043E\u0442\u043A\u0440\u044B\u0442\u0430 \u0438 \u043D\u0435 \u0437\u0430\u043A\u0440\u044B\u0442\u0430 \u0434\u043E \u043A\u043E\u043D\u0446\u0430 \u0444\u0430\u0439\u043B\u0430", en: "a quote is opened and never closed" },
            { file, line: at.line, column: at.column },
            { hint: { ru: '\u0437\u0430\u043A\u0440\u043E\u0439\u0442\u0435 \u043A\u0430\u0432\u044B\u0447\u043A\u0443; \u043A\u0430\u0432\u044B\u0447\u043A\u0430 \u0432\u043D\u0443\u0442\u0440\u0438 \u0437\u043D\u0430\u0447\u0435\u043D\u0438\u044F \u043F\u0438\u0448\u0435\u0442\u0441\u044F \u0434\u0432\u0443\u043C\u044F: ""', en: 'close the quote; a quote inside a value is written twice: ""' } }
          )
        ]
      };
    }
    const line = error instanceof CsvError && typeof error.lines === "number" ? error.lines : void 0;
    return {
      diagnostics: [
        diagnosticAt(
          "CSV_SYNTAX",
          { ru: `\u043E\u0448\u0438\u0431\u043A\u0430 \u0440\u0430\u0437\u0431\u043E\u0440\u0430 CSV: ${error.message}`, en: `CSV parse error: ${error.message}` },
          { file, line, column: line === void 0 ? void 0 : 1 }
        )
      ]
    };
  }
  const table = records.map((cells, k) => {
    const pos = scanned.records[k];
    const aligned = pos !== void 0 && pos.fields.length === cells.length;
    const start = pos?.start ?? 0;
    return { cells, offsets: aligned ? pos.fields : cells.map(() => start), start };
  });
  let first = 0;
  if (sep) first = 1;
  while (first < table.length && isBlank(table[first]?.cells ?? [])) first += 1;
  const header = table[first];
  if (!header) {
    return {
      diagnostics: [diagnosticAt("FILE_EMPTY", { ru: `\u0432 \u0444\u0430\u0439\u043B\u0435 \xAB${file}\xBB \u043D\u0435\u0442 \u0441\u0442\u0440\u043E\u043A\u0438 \u0437\u0430\u0433\u043E\u043B\u043E\u0432\u043A\u043E\u0432`, en: `file "${file}" has no header line` }, { file })]
    };
  }
  const rows = table.slice(first + 1).filter((r) => !isBlank(r.cells));
  return { table: { file, text: text2, encoding, delimiter, header, rows, position }, diagnostics: [] };
}

// src/load/parse-csv-records.ts
var cleanCell = (cell) => cell.replace(/^[\s\u00a0\uFEFF]+|[\s\u00a0]+$/g, "");
function setPath(target, path, value) {
  let obj = target;
  for (const seg of path.slice(0, -1)) {
    let next = obj[seg];
    if (typeof next !== "object" || next === null) {
      next = {};
      obj[seg] = next;
    }
    obj = next;
  }
  const last = path[path.length - 1];
  if (last !== void 0) obj[last] = value;
}
var columnNames = (c) => `\xAB${c.ru}\xBB / \xAB${c.en}\xBB`;
function parseCsvRecords(input, file, columns, options) {
  const { table, diagnostics } = readCsvTable(input, file, options);
  const reported = /* @__PURE__ */ new Set();
  if (!table) return { value: void 0, diagnostics, locate: () => void 0, rowCount: 0, reportedPointers: reported };
  const at = (offset) => ({ file, ...table.position(offset) });
  const byName = /* @__PURE__ */ new Map();
  columns.forEach((c, i) => {
    for (const name of [c.ru, c.en, ...c.aliases]) byName.set(normalizeWord(name), i);
  });
  const acceptedList = columns.map(columnNames).join(", ");
  const mapping = [];
  const seen = /* @__PURE__ */ new Map();
  table.header.cells.forEach((raw, h) => {
    const name = cleanCell(raw);
    const offset = table.header.offsets[h] ?? table.header.start;
    if (name === "") {
      if (table.rows.every((r) => cleanCell(r.cells[h] ?? "") === "")) return;
      diagnostics.push(
        diagnosticAt(
          "CSV_HEADER_UNKNOWN",
          { ru: `\u0443 \u0441\u0442\u043E\u043B\u0431\u0446\u0430 ${h + 1} \u043D\u0435\u0442 \u0437\u0430\u0433\u043E\u043B\u043E\u0432\u043A\u0430, \u043D\u043E \u0432 \u043D\u0451\u043C \u0435\u0441\u0442\u044C \u0434\u0430\u043D\u043D\u044B\u0435`, en: `column ${h + 1} has data but no header` },
          { location: at(offset) },
          { hint: { ru: `\u0434\u043E\u043F\u0443\u0441\u0442\u0438\u043C\u044B\u0435 \u0437\u0430\u0433\u043E\u043B\u043E\u0432\u043A\u0438: ${acceptedList}`, en: `accepted headers: ${acceptedList}` } }
        )
      );
      return;
    }
    const index = byName.get(normalizeWord(name));
    if (index === void 0) {
      const norm = normalizeWord(name);
      let best;
      let bestDistance = Infinity;
      for (const c of norm.length > 100 ? [] : columns) {
        for (const alias of [c.ru, c.en, ...c.aliases]) {
          const d = editDistance(norm, normalizeWord(alias));
          if (d < bestDistance) {
            bestDistance = d;
            best = c;
          }
        }
      }
      const close = best && bestDistance <= Math.max(1, Math.floor(norm.length / 3)) ? best : void 0;
      diagnostics.push(
        diagnosticAt(
          "CSV_HEADER_UNKNOWN",
          close ? {
            ru: `\u043D\u0435\u0438\u0437\u0432\u0435\u0441\u0442\u043D\u044B\u0439 \u0441\u0442\u043E\u043B\u0431\u0435\u0446 \xAB${quoteValue(name)}\xBB; \u0432\u043E\u0437\u043C\u043E\u0436\u043D\u043E, \u0438\u043C\u0435\u043B\u043E\u0441\u044C \u0432 \u0432\u0438\u0434\u0443 ${columnNames(close)}`,
            en: `unknown column "${quoteValue(name)}"; did you mean "${close.en}" ("${close.ru}")?`
          } : { ru: `\u043D\u0435\u0438\u0437\u0432\u0435\u0441\u0442\u043D\u044B\u0439 \u0441\u0442\u043E\u043B\u0431\u0435\u0446 \xAB${quoteValue(name)}\xBB`, en: `unknown column "${quoteValue(name)}"` },
          { location: at(offset) },
          { hint: { ru: `\u0434\u043E\u043F\u0443\u0441\u0442\u0438\u043C\u044B\u0435 \u0437\u0430\u0433\u043E\u043B\u043E\u0432\u043A\u0438: ${acceptedList}`, en: `accepted headers: ${acceptedList}` } }
        )
      );
      return;
    }
    const earlier = seen.get(index);
    if (earlier !== void 0) {
      diagnostics.push(
        diagnosticAt(
          "CSV_HEADER_DUPLICATE",
          {
            ru: `\u0441\u0442\u043E\u043B\u0431\u0435\u0446 \xAB${quoteValue(name)}\xBB \u043F\u043E\u0432\u0442\u043E\u0440\u044F\u0435\u0442 \u0441\u0442\u043E\u043B\u0431\u0435\u0446 ${earlier + 1} (\xAB${cleanCell(table.header.cells[earlier] ?? "")}\xBB)`,
            en: `column "${quoteValue(name)}" repeats column ${earlier + 1} ("${cleanCell(table.header.cells[earlier] ?? "")}")`
          },
          { location: at(offset) },
          { hint: { ru: "\u043E\u0441\u0442\u0430\u0432\u044C\u0442\u0435 \u043E\u0434\u0438\u043D \u0441\u0442\u043E\u043B\u0431\u0435\u0446", en: "keep one of the columns" } }
        )
      );
      return;
    }
    seen.set(index, h);
    mapping[h] = index;
  });
  const missing = columns.filter((c, i) => c.required && !seen.has(i));
  for (const c of missing) {
    diagnostics.push(
      diagnosticAt(
        "CSV_HEADER_MISSING",
        { ru: `\u043D\u0435\u0442 \u043E\u0431\u044F\u0437\u0430\u0442\u0435\u043B\u044C\u043D\u043E\u0433\u043E \u0441\u0442\u043E\u043B\u0431\u0446\u0430 ${columnNames(c)}`, en: `the required column "${c.en}" ("${c.ru}") is missing` },
        { location: at(table.header.start) },
        { hint: { ru: `\u0434\u043E\u0431\u0430\u0432\u044C\u0442\u0435 \u0441\u0442\u043E\u043B\u0431\u0435\u0446 \u0441 \u0437\u0430\u0433\u043E\u043B\u043E\u0432\u043A\u043E\u043C \xAB${c.ru}\xBB`, en: `add a column with the header "${c.en}"` } }
      )
    );
  }
  const headerLine = table.position(table.header.start).line;
  const rowCount = table.rows.length;
  if (missing.length > 0) {
    return { value: [], diagnostics, locate: () => ({ file, line: headerLine, column: 1 }), rowCount, reportedPointers: reported };
  }
  const width = table.header.cells.length;
  const records = table.rows.map((row, i) => {
    const record = {};
    if (row.cells.length !== width) {
      const extra = row.cells.length > width;
      const offset = extra ? row.offsets[width] ?? row.start : row.offsets[row.cells.length - 1] ?? row.start;
      reported.add(`/${i}`);
      diagnostics.push(
        diagnosticAt(
          "CSV_ROW_LENGTH",
          {
            ru: `\u0432 \u0441\u0442\u0440\u043E\u043A\u0435 ${row.cells.length} \u044F\u0447\u0435\u0435\u043A, \u0430 \u0432 \u0437\u0430\u0433\u043E\u043B\u043E\u0432\u043A\u0435 ${width}`,
            en: `the row has ${row.cells.length} cells, the header has ${width}`
          },
          { pointer: `/${i}`, location: at(offset) },
          {
            hint: extra ? {
              ru: `\u043B\u0438\u0448\u043D\u0438\u0439 \u0440\u0430\u0437\u0434\u0435\u043B\u0438\u0442\u0435\u043B\u044C \xAB${table.delimiter}\xBB? \u0417\u043D\u0430\u0447\u0435\u043D\u0438\u0435 \u0441 \u0440\u0430\u0437\u0434\u0435\u043B\u0438\u0442\u0435\u043B\u0435\u043C \u0437\u0430\u043A\u043B\u044E\u0447\u0438\u0442\u0435 \u0432 \u043A\u0430\u0432\u044B\u0447\u043A\u0438`,
              en: `a stray "${table.delimiter}"? Quote values that contain the delimiter`
            } : { ru: "\u043D\u0435 \u0445\u0432\u0430\u0442\u0430\u0435\u0442 \u044F\u0447\u0435\u0435\u043A: \u043F\u0440\u043E\u0432\u0435\u0440\u044C\u0442\u0435 \u0440\u0430\u0437\u0434\u0435\u043B\u0438\u0442\u0435\u043B\u0438", en: "cells are missing: check the delimiters" }
          }
        )
      );
    }
    mapping.forEach((index, h) => {
      if (index === void 0) return;
      const column = columns[index];
      const result = column.parse(cleanCell(row.cells[h] ?? ""));
      if (result.error) {
        const pointer = joinPointer(`/${i}`, ...column.path);
        reported.add(pointer);
        diagnostics.push(
          diagnosticAt(
            "CSV_VALUE_INVALID",
            {
              ru: `\u0441\u0442\u043E\u043B\u0431\u0435\u0446 \xAB${cleanCell(table.header.cells[h] ?? "")}\xBB: ${result.error.ru}`,
              en: `column "${cleanCell(table.header.cells[h] ?? "")}": ${result.error.en}`
            },
            { pointer, location: at(row.offsets[h] ?? row.start) },
            { hint: result.hint }
          )
        );
        return;
      }
      if (result.value !== void 0) setPath(record, column.path, result.value);
    });
    options.complete?.(record, i);
    return record;
  });
  const columnOfHeader = /* @__PURE__ */ new Map();
  mapping.forEach((index, h) => {
    if (index !== void 0) columnOfHeader.set(index, h);
  });
  const locate = (pointer) => {
    const [first, ...rest] = parsePointer(pointer);
    if (first === void 0 || !/^\d+$/.test(first)) return { file, line: headerLine, column: 1 };
    const row = table.rows[Number(first)];
    if (!row) return { file, line: headerLine, column: 1 };
    let best;
    columns.forEach((c, index) => {
      const h = columnOfHeader.get(index);
      if (h === void 0 || best !== void 0) return;
      const n2 = Math.min(c.path.length, rest.length);
      if (rest.length > 0 && c.path.slice(0, n2).every((seg, k) => seg === rest[k])) best = h;
    });
    return at(best === void 0 ? row.start : row.offsets[best] ?? row.start);
  };
  return { value: records, diagnostics, locate, rowCount, reportedPointers: reported };
}

// src/load/validate-csv-rows.ts
function isUnder(pointer, reported) {
  if (pointer === void 0 || reported.size === 0) return false;
  for (let p = pointer; ; p = p.slice(0, p.lastIndexOf("/"))) {
    if (reported.has(p)) return true;
    if (p === "") return false;
  }
}
function validateCsvRows(result, validator, file) {
  (result.value ?? []).forEach((record, i) => {
    if (validator(record)) return;
    const found = schemaErrorsToDiagnostics(
      (validator.errors ?? []).map((e) => ({ ...e, instancePath: `/${i}${e.instancePath}` })),
      { file, locate: result.locate }
    );
    append(result.diagnostics, found.filter((d) => !isUnder(d.pointer, result.reportedPointers)));
  });
}

// src/load/parse-channels-csv.ts
function parseChannelsCsv(bytes, file, options = {}) {
  const result = parseCsvRecords(bytes, file, CHANNEL_CSV_COLUMNS, {
    ...options,
    complete: (record, i) => {
      record.id ??= `ch-${i + 1}`;
    }
  });
  if (options.validate !== false) validateCsvRows(result, getValidators().channel, file);
  return result;
}

// src/load/parse-people-csv.ts
function parsePeopleCsv(bytes, file, options = {}) {
  const result = parseCsvRecords(bytes, file, PEOPLE_CSV_COLUMNS, {
    ...options,
    complete: (record) => {
      record.profile ??= { created: false };
      record.eschool ??= { linked: false };
    }
  });
  if (options.validate !== false) validateCsvRows(result, getValidators().person, file);
  return result;
}

// src/load/parse-school-document.ts
import { isAlias as isAlias2, isMap as isMap2, isScalar as isScalar2, isSeq as isSeq2, LineCounter, parseDocument } from "yaml";

// src/load/find-json-error.ts
var NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
function findJsonError(text2) {
  const stack = [];
  let expect = "value";
  let pos = 0;
  const fail = (ru, en, at = pos) => ({ offset: at, message: { ru, en } });
  const afterValue = () => {
    expect = stack.length > 0 ? "commaOrEnd" : "done";
  };
  const scanString = () => {
    const start = pos;
    pos += 1;
    while (pos < text2.length) {
      const c = text2.charCodeAt(pos);
      if (c === 34) {
        pos += 1;
        return void 0;
      }
      if (c < 32) return fail("\u0443\u043F\u0440\u0430\u0432\u043B\u044F\u044E\u0449\u0438\u0439 \u0441\u0438\u043C\u0432\u043E\u043B \u0432\u043D\u0443\u0442\u0440\u0438 \u0441\u0442\u0440\u043E\u043A\u0438", "control character in a string");
      if (c === 92) {
        const e = text2[pos + 1];
        if (e === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text2.slice(pos + 2, pos + 6))) {
            return fail("\u043D\u0435\u0432\u0435\u0440\u043D\u0430\u044F \u043F\u043E\u0441\u043B\u0435\u0434\u043E\u0432\u0430\u0442\u0435\u043B\u044C\u043D\u043E\u0441\u0442\u044C \\u", "invalid \\u escape");
          }
          pos += 6;
          continue;
        }
        if (e === void 0 || !'"\\/bfnrt'.includes(e)) return fail("\u043D\u0435\u0432\u0435\u0440\u043D\u0430\u044F escape-\u043F\u043E\u0441\u043B\u0435\u0434\u043E\u0432\u0430\u0442\u0435\u043B\u044C\u043D\u043E\u0441\u0442\u044C", "invalid escape sequence");
        pos += 2;
        continue;
      }
      pos += 1;
    }
    return fail("\u0441\u0442\u0440\u043E\u043A\u0430 \u043D\u0435 \u0437\u0430\u043A\u0440\u044B\u0442\u0430 \u043A\u0430\u0432\u044B\u0447\u043A\u043E\u0439", "unterminated string", start);
  };
  const isWs2 = (c) => c === 32 || c === 9 || c === 10 || c === 13;
  for (; ; ) {
    while (pos < text2.length && isWs2(text2.charCodeAt(pos))) pos += 1;
    if (pos >= text2.length) {
      return expect === "done" ? void 0 : fail("\u0444\u0430\u0439\u043B \u043D\u0435\u043E\u0436\u0438\u0434\u0430\u043D\u043D\u043E \u0437\u0430\u043A\u043E\u043D\u0447\u0438\u043B\u0441\u044F", "unexpected end of the file");
    }
    const c = text2[pos];
    switch (expect) {
      case "done":
        return fail(`\u043B\u0438\u0448\u043D\u0438\u0439 \u0442\u0435\u043A\u0441\u0442 \u043F\u043E\u0441\u043B\u0435 \u043A\u043E\u043D\u0446\u0430 \u0434\u043E\u043A\u0443\u043C\u0435\u043D\u0442\u0430: \xAB${c}\xBB`, `unexpected text after the end of the document: '${c}'`);
      case "colon":
        if (c !== ":") return fail(`\u043E\u0436\u0438\u0434\u0430\u043B\u043E\u0441\u044C \xAB:\xBB \u043F\u043E\u0441\u043B\u0435 \u043A\u043B\u044E\u0447\u0430, \u0430 \u0432\u0441\u0442\u0440\u0435\u0442\u0438\u043B\u043E\u0441\u044C \xAB${c}\xBB`, `expected ':' after the key, found '${c}'`);
        pos += 1;
        expect = "value";
        break;
      case "key":
      case "keyOrEnd":
        if (expect === "keyOrEnd" && c === "}") {
          stack.pop();
          pos += 1;
          afterValue();
          break;
        }
        if (c !== '"') {
          return fail(
            `\u043E\u0436\u0438\u0434\u0430\u043B\u0441\u044F \u043A\u043B\u044E\u0447 \u0432 \u0434\u0432\u043E\u0439\u043D\u044B\u0445 \u043A\u0430\u0432\u044B\u0447\u043A\u0430\u0445, \u0430 \u0432\u0441\u0442\u0440\u0435\u0442\u0438\u043B\u043E\u0441\u044C \xAB${c}\xBB${c === "}" ? " (\u043B\u0438\u0448\u043D\u044F\u044F \u0437\u0430\u043F\u044F\u0442\u0430\u044F?)" : ""}`,
            `expected a double-quoted key, found '${c}'${c === "}" ? " (trailing comma?)" : ""}`
          );
        }
        {
          const err = scanString();
          if (err) return err;
        }
        expect = "colon";
        break;
      case "commaOrEnd": {
        const top = stack[stack.length - 1];
        if (c === ",") {
          pos += 1;
          expect = top === "{" ? "key" : "value";
        } else if (top === "{" && c === "}" || top === "[" && c === "]") {
          stack.pop();
          pos += 1;
          afterValue();
        } else {
          const close = top === "{" ? "}" : "]";
          return fail(`\u043E\u0436\u0438\u0434\u0430\u043B\u043E\u0441\u044C \xAB,\xBB \u0438\u043B\u0438 \xAB${close}\xBB, \u0430 \u0432\u0441\u0442\u0440\u0435\u0442\u0438\u043B\u043E\u0441\u044C \xAB${c}\xBB`, `expected ',' or '${close}', found '${c}'`);
        }
        break;
      }
      case "value":
      case "valueOrEnd": {
        if (expect === "valueOrEnd" && c === "]") {
          stack.pop();
          pos += 1;
          afterValue();
          break;
        }
        if (c === "{" || c === "[") {
          stack.push(c);
          pos += 1;
          expect = c === "{" ? "keyOrEnd" : "valueOrEnd";
          break;
        }
        if (c === '"') {
          const err = scanString();
          if (err) return err;
          afterValue();
          break;
        }
        const literal = ["true", "false", "null"].find((l) => text2.startsWith(l, pos));
        if (literal) {
          pos += literal.length;
          afterValue();
          break;
        }
        NUMBER.lastIndex = pos;
        const m = NUMBER.exec(text2);
        if (m && m[0].length > 0) {
          pos += m[0].length;
          afterValue();
          break;
        }
        return fail(
          `\u043E\u0436\u0438\u0434\u0430\u043B\u043E\u0441\u044C \u0437\u043D\u0430\u0447\u0435\u043D\u0438\u0435, \u0430 \u0432\u0441\u0442\u0440\u0435\u0442\u0438\u043B\u043E\u0441\u044C \xAB${c}\xBB${c === "]" ? " (\u043B\u0438\u0448\u043D\u044F\u044F \u0437\u0430\u043F\u044F\u0442\u0430\u044F?)" : ""}`,
          `expected a value, found '${c}'${c === "]" ? " (trailing comma?)" : ""}`
        );
      }
    }
  }
}

// src/load/yaml-to-value.ts
import { isAlias, isMap, isPair, isScalar, isSeq } from "yaml";
var FORBIDDEN_KEYS = /* @__PURE__ */ new Set(["__proto__", "constructor", "prototype"]);
var Abort = class extends Error {
};
function yamlToValue(doc, options) {
  const diagnostics = [];
  let aliases = 0;
  let depthReported = false;
  const position = (node) => {
    const offset = node?.range?.[0] ?? 0;
    const { line, col } = options.lineCounter.linePos(offset);
    return { file: options.file, line, column: col };
  };
  const convert = (node, depth, pointer) => {
    if (node === null || node === void 0) return null;
    if (isAlias(node)) {
      aliases += 1;
      if (aliases > options.maxAliasCount) {
        diagnostics.push(
          diagnosticAt(
            "YAML_ALIAS_LIMIT",
            {
              ru: `\u0441\u043B\u0438\u0448\u043A\u043E\u043C \u043C\u043D\u043E\u0433\u043E \u0440\u0430\u0441\u043A\u0440\u044B\u0442\u0438\u0439 \u0441\u0441\u044B\u043B\u043E\u043A YAML (*\u044F\u043A\u043E\u0440\u044C): \u0431\u043E\u043B\u044C\u0448\u0435 ${options.maxAliasCount}`,
              en: `too many YAML alias expansions (*anchor): more than ${options.maxAliasCount}`
            },
            { location: position(node) },
            {
              hint: {
                ru: "\u0437\u0430\u043F\u0438\u0448\u0438\u0442\u0435 \u0437\u043D\u0430\u0447\u0435\u043D\u0438\u044F \u044F\u0432\u043D\u043E, \u0431\u0435\u0437 \u044F\u043A\u043E\u0440\u0435\u0439 \u0438 \u0441\u0441\u044B\u043B\u043E\u043A; \u0442\u0430\u043A \u0437\u0430\u0449\u0438\u0449\u0430\u0435\u043C\u0441\u044F \u043E\u0442 \xABYAML-\u0431\u043E\u043C\u0431\xBB",
                en: 'write the values out instead of anchors and aliases; this guards against "YAML bombs"'
              }
            }
          )
        );
        throw new Abort();
      }
      return convert(node.resolve(doc), depth, pointer);
    }
    if (isScalar(node)) {
      const v = node.value;
      return typeof v === "bigint" ? Number(v) : v ?? null;
    }
    if (isMap(node) || isSeq(node)) {
      if (depth > options.maxDepth) {
        if (!depthReported) {
          depthReported = true;
          diagnostics.push(
            diagnosticAt(
              "NESTING_TOO_DEEP",
              {
                ru: `\u0441\u043B\u0438\u0448\u043A\u043E\u043C \u0433\u043B\u0443\u0431\u043E\u043A\u0430\u044F \u0432\u043B\u043E\u0436\u0435\u043D\u043D\u043E\u0441\u0442\u044C: \u0431\u043E\u043B\u044C\u0448\u0435 ${options.maxDepth} \u0443\u0440\u043E\u0432\u043D\u0435\u0439`,
                en: `nesting is too deep: more than ${options.maxDepth} levels`
              },
              { pointer, location: position(node) },
              { hint: { ru: "\u0432 \u0444\u0430\u0439\u043B\u0435 \u0448\u043A\u043E\u043B\u044B \u043D\u0435\u0442 \u0442\u0430\u043A\u0438\u0445 \u0433\u043B\u0443\u0431\u043E\u043A\u0438\u0445 \u0441\u0442\u0440\u0443\u043A\u0442\u0443\u0440; \u043F\u0440\u043E\u0432\u0435\u0440\u044C\u0442\u0435 \u043E\u0442\u0441\u0442\u0443\u043F\u044B", en: "the school file has no structures this deep; check the indentation" } }
            )
          );
        }
        throw new Abort();
      }
      if (isSeq(node)) return node.items.map((item, i) => convert(item, depth + 1, joinPointer(pointer, i)));
      const out = {};
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const keyNode = pair.key;
        let key;
        if (keyNode === null || keyNode === void 0) key = "";
        else if (isScalar(keyNode)) key = keyNode.value === null ? "" : String(keyNode.value);
        else {
          diagnostics.push(
            diagnosticAt(
              "YAML_SYNTAX",
              { ru: "\u043A\u043B\u044E\u0447\u043E\u043C \u043C\u043E\u0436\u0435\u0442 \u0431\u044B\u0442\u044C \u0442\u043E\u043B\u044C\u043A\u043E \u043F\u0440\u043E\u0441\u0442\u043E\u0435 \u0437\u043D\u0430\u0447\u0435\u043D\u0438\u0435", en: "a key must be a plain value" },
              { location: position(keyNode) }
            )
          );
          continue;
        }
        if (FORBIDDEN_KEYS.has(key)) {
          diagnostics.push(
            diagnosticAt(
              "FORBIDDEN_KEY",
              {
                ru: `\u043A\u043B\u044E\u0447 \xAB${key}\xBB \u0437\u0430\u043F\u0440\u0435\u0449\u0451\u043D: \u0442\u0430\u043A\u0438\u0435 \u043A\u043B\u044E\u0447\u0438 \u0438\u0441\u043F\u043E\u043B\u044C\u0437\u0443\u044E\u0442 \u0434\u043B\u044F \u0430\u0442\u0430\u043A \u043D\u0430 \u043F\u0440\u043E\u0433\u0440\u0430\u043C\u043C\u044B (prototype pollution)`,
                en: `the key "${key}" is forbidden: such keys are used to attack programs (prototype pollution)`
              },
              { pointer: joinPointer(pointer, key), location: position(keyNode) },
              { hint: { ru: "\u0443\u0434\u0430\u043B\u0438\u0442\u0435 \u044D\u0442\u043E\u0442 \u043A\u043B\u044E\u0447", en: "remove this key" } }
            )
          );
          continue;
        }
        out[key] = convert(pair.value, depth + 1, joinPointer(pointer, key));
      }
      return out;
    }
    return null;
  };
  try {
    return { value: convert(doc.contents, 1, ""), diagnostics };
  } catch (error) {
    if (error instanceof Abort) return { value: void 0, diagnostics };
    throw error;
  }
}

// src/load/scan-json.ts
var MAX_KEY_SOURCE_LENGTH = 1e3;
var isWs = (c) => c === 32 || c === 9 || c === 10 || c === 13;
function isPlainJson(text2, maxDepth) {
  return walk(text2, maxDepth, false) !== void 0;
}
function indexJson(text2) {
  const root = walk(text2, Number.POSITIVE_INFINITY, true);
  if (root === void 0 || root === true) throw new Error("indexJson: text is not plain JSON");
  return root;
}
function walk(text2, maxDepth, build) {
  const nodes = [];
  const keySets = [];
  let root;
  let pendingKey;
  let pendingKeyStart = 0;
  const n2 = text2.length;
  let pos = 0;
  const skipWs = () => {
    while (pos < n2) {
      const c = text2.charCodeAt(pos);
      if (!isWs(c)) return true;
      if (c === 13 && text2.charCodeAt(pos + 1) !== 10) return false;
      pos += 1;
    }
    return true;
  };
  const stringEnd = () => {
    let i = pos + 1;
    for (; ; ) {
      const c = text2.charCodeAt(i);
      if (c === 34) return i + 1;
      i += c === 92 ? 2 : 1;
    }
  };
  const attach = (node) => {
    const parent = nodes[nodes.length - 1];
    if (!parent) root = node;
    else if (parent.items) parent.items.push(node);
    else if (parent.entries && pendingKey !== void 0 && !parent.entries.has(pendingKey)) {
      parent.entries.set(pendingKey, { keyStart: pendingKeyStart, node });
    }
  };
  if (!skipWs()) return void 0;
  const first = text2.charCodeAt(pos);
  if (first !== 123 && first !== 91) return void 0;
  for (; ; ) {
    if (!skipWs()) return void 0;
    if (pos >= n2) break;
    const c = text2.charCodeAt(pos);
    if (c === 123 || c === 91) {
      if (nodes.length + 1 > maxDepth) return void 0;
      const node = { start: pos, end: pos };
      if (c === 123) {
        if (build) node.entries = /* @__PURE__ */ new Map();
        keySets.push(build ? void 0 : /* @__PURE__ */ new Set());
      } else {
        if (build) node.items = [];
        keySets.push(void 0);
      }
      if (build) attach(node);
      nodes.push(node);
      pos += 1;
      if (c === 123 && !readKey()) return void 0;
      continue;
    }
    if (c === 125 || c === 93) {
      const node = nodes.pop();
      keySets.pop();
      node.end = pos + 1;
      pos += 1;
      continue;
    }
    if (c === 44) {
      pos += 1;
      const parent = nodes[nodes.length - 1];
      if (parent && (build ? parent.entries !== void 0 : keySets[keySets.length - 1] !== void 0) && !readKey()) return void 0;
      continue;
    }
    const start = pos;
    if (c === 34) pos = stringEnd();
    else {
      while (pos < n2) {
        const d = text2.charCodeAt(pos);
        if (d === 44 || d === 125 || d === 93 || isWs(d)) break;
        pos += 1;
      }
    }
    if (build) attach({ start, end: pos });
  }
  return build ? root : true;
  function readKey() {
    if (!skipWs()) return false;
    if (text2.charCodeAt(pos) !== 34) return true;
    const start = pos;
    const end = stringEnd();
    if (end - start > MAX_KEY_SOURCE_LENGTH) return false;
    const raw = text2.slice(start + 1, end - 1);
    const key = raw.includes("\\") ? JSON.parse(text2.slice(start, end)) : raw;
    if (FORBIDDEN_KEYS.has(key)) return false;
    const seen = keySets[keySets.length - 1];
    if (seen) {
      if (seen.has(key)) return false;
      seen.add(key);
    }
    pendingKey = key;
    pendingKeyStart = start;
    pos = end;
    if (!skipWs()) return false;
    pos += 1;
    return true;
  }
}

// src/load/parse-school-document.ts
var YAML_MESSAGES_RU = {
  BAD_INDENT: "\u043D\u0435\u0432\u0435\u0440\u043D\u044B\u0439 \u043E\u0442\u0441\u0442\u0443\u043F",
  BAD_SCALAR_START: "\u0437\u043D\u0430\u0447\u0435\u043D\u0438\u0435 \u043D\u0435 \u043C\u043E\u0436\u0435\u0442 \u043D\u0430\u0447\u0438\u043D\u0430\u0442\u044C\u0441\u044F \u0441 \u044D\u0442\u043E\u0433\u043E \u0441\u0438\u043C\u0432\u043E\u043B\u0430; \u0437\u0430\u043A\u043B\u044E\u0447\u0438\u0442\u0435 \u0435\u0433\u043E \u0432 \u043A\u0430\u0432\u044B\u0447\u043A\u0438",
  BLOCK_AS_IMPLICIT_KEY: "\u0432\u043B\u043E\u0436\u0435\u043D\u043D\u0430\u044F \u0441\u0442\u0440\u0443\u043A\u0442\u0443\u0440\u0430 \u043D\u0430 \u043C\u0435\u0441\u0442\u0435 \u043A\u043B\u044E\u0447\u0430; \u043F\u0440\u043E\u0432\u0435\u0440\u044C\u0442\u0435 \u0434\u0432\u043E\u0435\u0442\u043E\u0447\u0438\u044F \u0438 \u043E\u0442\u0441\u0442\u0443\u043F\u044B",
  BLOCK_IN_FLOW: "\u0431\u043B\u043E\u0447\u043D\u0430\u044F \u0437\u0430\u043F\u0438\u0441\u044C \u0432\u043D\u0443\u0442\u0440\u0438 [ ] \u0438\u043B\u0438 { }",
  KEY_OVER_1024_CHARS: "\u043A\u043B\u044E\u0447 \u0434\u043B\u0438\u043D\u043D\u0435\u0435 1024 \u0441\u0438\u043C\u0432\u043E\u043B\u043E\u0432",
  MISSING_CHAR: "\u043D\u0435 \u0445\u0432\u0430\u0442\u0430\u0435\u0442 \u0441\u0438\u043C\u0432\u043E\u043B\u0430 (\u0437\u0430\u043A\u0440\u044B\u0432\u0430\u044E\u0449\u0435\u0439 \u043A\u0430\u0432\u044B\u0447\u043A\u0438 \u0438\u043B\u0438 \u0441\u043A\u043E\u0431\u043A\u0438)",
  MULTILINE_IMPLICIT_KEY: "\u043A\u043B\u044E\u0447 \u0437\u0430\u043D\u0438\u043C\u0430\u0435\u0442 \u043D\u0435\u0441\u043A\u043E\u043B\u044C\u043A\u043E \u0441\u0442\u0440\u043E\u043A; \u043F\u0440\u043E\u0432\u0435\u0440\u044C\u0442\u0435 \u0434\u0432\u043E\u0435\u0442\u043E\u0447\u0438\u0435 \u0438 \u043E\u0442\u0441\u0442\u0443\u043F\u044B",
  MULTIPLE_DOCS: "\u0432 \u0444\u0430\u0439\u043B\u0435 \u043D\u0435\u0441\u043A\u043E\u043B\u044C\u043A\u043E \u0434\u043E\u043A\u0443\u043C\u0435\u043D\u0442\u043E\u0432 YAML (\u0440\u0430\u0437\u0434\u0435\u043B\u0438\u0442\u0435\u043B\u044C ---), \u0430 \u043D\u0443\u0436\u0435\u043D \u043E\u0434\u0438\u043D",
  TAB_AS_INDENT: "\u0442\u0430\u0431\u0443\u043B\u044F\u0446\u0438\u044F \u0432 \u043E\u0442\u0441\u0442\u0443\u043F\u0435; \u0438\u0441\u043F\u043E\u043B\u044C\u0437\u0443\u0439\u0442\u0435 \u043F\u0440\u043E\u0431\u0435\u043B\u044B",
  UNEXPECTED_TOKEN: "\u043D\u0435\u043E\u0436\u0438\u0434\u0430\u043D\u043D\u044B\u0439 \u0441\u0438\u043C\u0432\u043E\u043B",
  BAD_ALIAS: "\u0441\u0441\u044B\u043B\u043A\u0430 \u043D\u0430 \u043D\u0435\u0441\u0443\u0449\u0435\u0441\u0442\u0432\u0443\u044E\u0449\u0438\u0439 \u044F\u043A\u043E\u0440\u044C",
  TAG_RESOLVE_FAILED: "\u043D\u0435\u0438\u0437\u0432\u0435\u0441\u0442\u043D\u044B\u0439 \u0442\u0435\u0433 YAML; \u0437\u043D\u0430\u0447\u0435\u043D\u0438\u0435 \u043F\u0440\u043E\u0447\u0438\u0442\u0430\u043D\u043E \u043A\u0430\u043A \u0441\u0442\u0440\u043E\u043A\u0430",
  BAD_DQ_ESCAPE: "\u043D\u0435\u0432\u0435\u0440\u043D\u0430\u044F escape-\u043F\u043E\u0441\u043B\u0435\u0434\u043E\u0432\u0430\u0442\u0435\u043B\u044C\u043D\u043E\u0441\u0442\u044C \u0432 \u0441\u0442\u0440\u043E\u043A\u0435 \u0432 \u0434\u0432\u043E\u0439\u043D\u044B\u0445 \u043A\u0430\u0432\u044B\u0447\u043A\u0430\u0445",
  DUPLICATE_KEY: "\u043F\u043E\u0432\u0442\u043E\u0440\u044F\u044E\u0449\u0438\u0439\u0441\u044F \u043A\u043B\u044E\u0447"
};
function detectFormat(text2, file) {
  const lower = file.toLowerCase();
  if (lower.endsWith(".json")) return "json";
  if (lower.endsWith(".yaml") || lower.endsWith(".yml")) return "yaml";
  return /^\s*[{[]/.test(text2) ? "json" : "yaml";
}
function parseSchoolDocument(input, file, options = {}) {
  return parse2(input, file, options, true);
}
function parse2(input, file, options, fastJson) {
  const noLocation = () => void 0;
  const failed = (diagnostics2, format2) => ({
    value: void 0,
    diagnostics: diagnostics2,
    locate: noLocation,
    locateKey: noLocation,
    format: format2
  });
  let text2;
  if (typeof input === "string") text2 = input.replace(/^\uFEFF/, "");
  else {
    const decoded = decodeText(input);
    if (!decoded.ok) {
      return failed(
        [
          diagnosticAt("ENCODING_INVALID", decoded.message, { file, line: decoded.line, column: decoded.column }, {
            hint: { ru: "\u0441\u043E\u0445\u0440\u0430\u043D\u0438\u0442\u0435 \u0444\u0430\u0439\u043B \u0432 \u043A\u043E\u0434\u0438\u0440\u043E\u0432\u043A\u0435 UTF-8", en: "save the file as UTF-8" }
          })
        ],
        detectFormat("", file)
      );
    }
    text2 = decoded.text;
  }
  const format = options.format ?? detectFormat(text2, file);
  const empty = () => failed(
    [
      diagnosticAt("FILE_EMPTY", { ru: `\u0444\u0430\u0439\u043B \xAB${file}\xBB \u043F\u0443\u0441\u0442`, en: `file "${file}" is empty` }, { file }, {
        hint: { ru: "\u0432 \u0444\u0430\u0439\u043B\u0435 \u0448\u043A\u043E\u043B\u044B \u0434\u043E\u043B\u0436\u0435\u043D \u0431\u044B\u0442\u044C \u0445\u043E\u0442\u044F \u0431\u044B \u0440\u0430\u0437\u0434\u0435\u043B school", en: "the school file needs at least the school section" }
      })
    ],
    format
  );
  if (text2.trim() === "") return empty();
  const lineCounter = new LineCounter();
  if (format === "json") {
    let value;
    try {
      value = JSON.parse(text2);
    } catch (error) {
      const found = findJsonError(text2);
      const offset = found?.offset ?? 0;
      const { line, col } = positionOf(text2, offset);
      const fallback = error instanceof Error ? error.message : String(error);
      return failed(
        [
          diagnosticAt(
            "JSON_SYNTAX",
            {
              ru: `\u043E\u0448\u0438\u0431\u043A\u0430 \u0441\u0438\u043D\u0442\u0430\u043A\u0441\u0438\u0441\u0430 JSON: ${found?.message.ru ?? fallback}`,
              en: `JSON syntax error: ${found?.message.en ?? fallback}`
            },
            { file, line, column: col }
          )
        ],
        format
      );
    }
    if (fastJson && isPlainJson(text2, options.maxDepth ?? DEFAULT_MAX_DEPTH)) return plainJson(text2, value, file);
  }
  let doc;
  try {
    doc = parseDocument(text2, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true, merge: false, version: "1.2" });
  } catch (error) {
    const deep = error instanceof RangeError;
    return failed(
      [
        diagnosticAt(
          deep ? "NESTING_TOO_DEEP" : "YAML_SYNTAX",
          deep ? { ru: "\u0441\u043B\u0438\u0448\u043A\u043E\u043C \u0433\u043B\u0443\u0431\u043E\u043A\u0430\u044F \u0432\u043B\u043E\u0436\u0435\u043D\u043D\u043E\u0441\u0442\u044C", en: "nesting is too deep" } : { ru: `\u043D\u0435 \u0443\u0434\u0430\u043B\u043E\u0441\u044C \u0440\u0430\u0437\u043E\u0431\u0440\u0430\u0442\u044C \u0444\u0430\u0439\u043B: ${String(error)}`, en: `cannot parse the file: ${String(error)}` },
          { file }
        )
      ],
      format
    );
  }
  const yamlProblem = (e, severity) => {
    const en = e.message.split("\n")[0]?.replace(/ at line \d+, column \d+:?$/, "") ?? e.code;
    const { line, col: column } = lineCounter.linePos(e.pos[0]);
    if (e.code === "DUPLICATE_KEY") {
      const key = quoteValue(/^["']?([^"':\n]*)/.exec(text2.slice(e.pos[0], e.pos[0] + 1100))?.[1]?.trim() ?? "");
      return diagnosticAt(
        "YAML_DUPLICATE_KEY",
        { ru: `\u043A\u043B\u044E\u0447 \xAB${key}\xBB \u043F\u043E\u0432\u0442\u043E\u0440\u044F\u0435\u0442\u0441\u044F`, en: `the key "${key}" is repeated` },
        { file, line, column },
        { hint: { ru: "\u043E\u0441\u0442\u0430\u0432\u044C\u0442\u0435 \u043E\u0434\u043D\u043E \u0437\u043D\u0430\u0447\u0435\u043D\u0438\u0435: \u0432\u0442\u043E\u0440\u043E\u0435 \u043C\u043E\u043B\u0447\u0430 \u0437\u0430\u043C\u0435\u043D\u0438\u043B\u043E \u0431\u044B \u043F\u0435\u0440\u0432\u043E\u0435", en: "keep one value: the second would silently replace the first" }, severity }
      );
    }
    const ru = /flow sequence/i.test(en) ? "\u0441\u043F\u0438\u0441\u043E\u043A \u0432 [ ] \u043D\u0435 \u0437\u0430\u043A\u0440\u044B\u0442 \u0441\u043A\u043E\u0431\u043A\u043E\u0439 \xAB]\xBB \u0438\u043B\u0438 \u0441\u0434\u0432\u0438\u043D\u0443\u0442 \u0432\u043B\u0435\u0432\u043E" : /flow map/i.test(en) ? "\u0437\u0430\u043F\u0438\u0441\u044C \u0432 { } \u043D\u0435 \u0437\u0430\u043A\u0440\u044B\u0442\u0430 \u0441\u043A\u043E\u0431\u043A\u043E\u0439 \xAB}\xBB \u0438\u043B\u0438 \u0441\u0434\u0432\u0438\u043D\u0443\u0442\u0430 \u0432\u043B\u0435\u0432\u043E" : YAML_MESSAGES_RU[e.code] ?? en;
    const label = format === "json" ? { ru: "JSON", en: "JSON" } : { ru: "YAML", en: "YAML" };
    return diagnosticAt(
      format === "json" && severity === "error" ? "JSON_SYNTAX" : "YAML_SYNTAX",
      { ru: `\u043E\u0448\u0438\u0431\u043A\u0430 \u0441\u0438\u043D\u0442\u0430\u043A\u0441\u0438\u0441\u0430 ${label.ru}: ${ru}`, en: `${label.en} syntax error: ${en}` },
      { file, line, column },
      { severity }
    );
  };
  const diagnostics = [
    ...doc.errors.map((e) => yamlProblem(e, "error")),
    ...doc.warnings.map((e) => yamlProblem(e, "warning"))
  ];
  if (doc.errors.length > 0) return failed(diagnostics, format);
  if (doc.contents === null || isScalar2(doc.contents) && doc.contents.value === null) return empty();
  const converted = yamlToValue(doc, {
    file,
    lineCounter,
    maxAliasCount: options.maxAliasCount ?? DEFAULT_MAX_ALIAS_COUNT,
    maxDepth: options.maxDepth ?? DEFAULT_MAX_DEPTH
  });
  append(diagnostics, converted.diagnostics);
  const find = (pointer) => {
    let node = doc.contents;
    let keyNode;
    for (const seg of parsePointer(pointer)) {
      if (isAlias2(node)) node = node.resolve(doc);
      if (isMap2(node)) {
        const pair = node.items.find((p) => isScalar2(p.key) && String(p.key.value ?? "") === seg);
        if (!pair) break;
        keyNode = pair.key;
        node = pair.value ?? pair.key;
      } else if (isSeq2(node) && /^\d+$/.test(seg) && node.items[Number(seg)] !== void 0) {
        node = node.items[Number(seg)];
        keyNode = void 0;
      } else break;
    }
    return { node, keyNode };
  };
  const at = (node) => {
    const range = node?.range;
    if (!range) return void 0;
    const { line, col } = lineCounter.linePos(range[0]);
    return { file, line, column: col };
  };
  const locate = (pointer) => at(find(pointer).node);
  const locateKey = (pointer) => {
    const found = find(pointer);
    return at(found.keyNode ?? found.node);
  };
  if (converted.value !== void 0) {
    coerceTextFields(converted.value, (pointer) => {
      let node = find(pointer).node;
      if (isAlias2(node)) node = node.resolve(doc);
      return isScalar2(node) && typeof node.source === "string" ? node.source : void 0;
    });
  }
  return { value: converted.value, diagnostics, locate, locateKey, format };
}
function plainJson(text2, value, file) {
  let root;
  let lines;
  const find = (pointer) => {
    root ??= indexJson(text2);
    let node = root;
    let keyStart;
    for (const seg of parsePointer(pointer)) {
      if (node.entries) {
        const entry = node.entries.get(seg);
        if (!entry) break;
        keyStart = entry.keyStart;
        node = entry.node;
      } else if (node.items && /^\d+$/.test(seg) && node.items[Number(seg)] !== void 0) {
        node = node.items[Number(seg)];
        keyStart = void 0;
      } else break;
    }
    return keyStart === void 0 ? { node } : { node, keyStart };
  };
  const at = (offset) => {
    lines ??= new LineIndex(text2);
    return { file, ...lines.position(offset) };
  };
  const locate = (pointer) => at(find(pointer).node.start);
  const locateKey = (pointer) => {
    const found = find(pointer);
    return at(found.keyStart ?? found.node.start);
  };
  coerceTextFields(value, (pointer) => {
    const { node } = find(pointer);
    return node.entries || node.items ? void 0 : text2.slice(node.start, node.end);
  });
  return { value, diagnostics: [], locate, locateKey, format: "json" };
}
function coerceTextFields(value, sourceOf) {
  const { school } = getValidators();
  if (school(value)) return;
  for (const e of school.errors ?? []) {
    if (e.keyword !== "type" || e.params.type !== "string") continue;
    if (typeof e.data !== "number" && typeof e.data !== "boolean") continue;
    const segments = parsePointer(e.instancePath);
    const last = segments.pop();
    if (last === void 0) continue;
    let container = value;
    for (const seg of segments) {
      container = Array.isArray(container) ? container[Number(seg)] : container?.[seg];
    }
    if (container === null || typeof container !== "object") continue;
    const text2 = sourceOf(e.instancePath) ?? String(e.data);
    if (Array.isArray(container)) container[Number(last)] = text2;
    else if (Object.prototype.hasOwnProperty.call(container, last)) container[last] = text2;
  }
}
function positionOf(text2, offset) {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text2.length; i += 1) {
    if (text2.charCodeAt(i) === 10) {
      line += 1;
      start = i + 1;
    }
  }
  return { line, col: offset - start + 1 };
}

// src/load/read-input-file.ts
import { sha256 } from "@noble/hashes/sha256";
import { bytesToHex } from "@noble/hashes/utils";
function errorCode(error) {
  const code = error?.code;
  return typeof code === "string" ? code : void 0;
}
async function readInputFile(reader, path, options) {
  const shown = options.shown ?? path;
  const place = options.referencedAt ?? { file: shown };
  const named = options.given === shown ? { ru: `\xAB${shown}\xBB`, en: `"${shown}"` } : { ru: `\xAB${options.given}\xBB (\u043F\u0443\u0442\u044C: \xAB${shown}\xBB)`, en: `"${options.given}" (resolved to "${shown}")` };
  const failure = (error) => {
    const code = errorCode(error);
    if (code === "EFBIG") {
      const size = error.size;
      return tooLarge(typeof size === "number" ? size : options.maxFileBytes + 1);
    }
    if (code === "EOUTSIDE") return outside(place, named);
    if (code === "ENOTREGULAR" || code === "EISDIR") {
      return {
        diagnostics: [
          diagnosticAt(
            "FILE_NOT_REGULAR",
            {
              ru: `${named.ru} \u2014 \u043D\u0435 \u043E\u0431\u044B\u0447\u043D\u044B\u0439 \u0444\u0430\u0439\u043B (\u043F\u0430\u043F\u043A\u0430, \u043A\u0430\u043D\u0430\u043B \u0438\u043B\u0438 \u0443\u0441\u0442\u0440\u043E\u0439\u0441\u0442\u0432\u043E); \u0442\u0430\u043A\u0438\u0435 \u0444\u0430\u0439\u043B\u044B \u043D\u0435 \u0447\u0438\u0442\u0430\u044E\u0442\u0441\u044F`,
              en: `${named.en} is not a regular file (a folder, pipe or device); such files are not read`
            },
            place,
            { hint: { ru: "\u0443\u043A\u0430\u0436\u0438\u0442\u0435 \u0444\u0430\u0439\u043B CSV \u0438\u043B\u0438 YAML", en: "name a CSV or YAML file" } }
          )
        ]
      };
    }
    if (code === "ENOENT") {
      return {
        diagnostics: [
          diagnosticAt(
            "FILE_NOT_FOUND",
            { ru: `\u0444\u0430\u0439\u043B ${named.ru} \u043D\u0435 \u043D\u0430\u0439\u0434\u0435\u043D`, en: `file ${named.en} not found` },
            place,
            {
              hint: options.referencedAt ? { ru: "\u043F\u0443\u0442\u044C \u0443\u043A\u0430\u0437\u044B\u0432\u0430\u0435\u0442\u0441\u044F \u043E\u0442\u043D\u043E\u0441\u0438\u0442\u0435\u043B\u044C\u043D\u043E \u0444\u0430\u0439\u043B\u0430 \u0448\u043A\u043E\u043B\u044B", en: "the path is relative to the school file" } : { ru: "\u043F\u0440\u043E\u0432\u0435\u0440\u044C\u0442\u0435 \u043F\u0443\u0442\u044C \u043A \u0444\u0430\u0439\u043B\u0443", en: "check the file path" }
            }
          )
        ]
      };
    }
    const reason = code ?? "error";
    return {
      diagnostics: [
        diagnosticAt(
          "FILE_UNREADABLE",
          { ru: `\u043D\u0435 \u0443\u0434\u0430\u043B\u043E\u0441\u044C \u043F\u0440\u043E\u0447\u0438\u0442\u0430\u0442\u044C \u0444\u0430\u0439\u043B ${named.ru}: ${reason}`, en: `cannot read file ${named.en}: ${reason}` },
          place,
          { hint: { ru: "\u043F\u0440\u043E\u0432\u0435\u0440\u044C\u0442\u0435 \u043F\u0440\u0430\u0432\u0430 \u0434\u043E\u0441\u0442\u0443\u043F\u0430 \u0438 \u0447\u0442\u043E \u044D\u0442\u043E \u0444\u0430\u0439\u043B, \u0430 \u043D\u0435 \u043F\u0430\u043F\u043A\u0430", en: "check permissions and that it is a file, not a folder" } }
        )
      ]
    };
  };
  function tooLarge(size) {
    return {
      diagnostics: [
        diagnosticAt(
          "FILE_TOO_LARGE",
          {
            ru: `\u0444\u0430\u0439\u043B ${named.ru} \u0441\u043B\u0438\u0448\u043A\u043E\u043C \u0431\u043E\u043B\u044C\u0448\u043E\u0439: ${formatBytes(size)} \u043F\u0440\u0438 \u043F\u0440\u0435\u0434\u0435\u043B\u0435 ${formatBytes(options.maxFileBytes)}`,
            en: `file ${named.en} is too large: ${formatBytes(size)}, the limit is ${formatBytes(options.maxFileBytes)}`
          },
          { file: shown },
          {
            hint: {
              ru: "\u043F\u0440\u043E\u0432\u0435\u0440\u044C\u0442\u0435, \u0442\u043E\u0442 \u043B\u0438 \u044D\u0442\u043E \u0444\u0430\u0439\u043B; \u043F\u0440\u0435\u0434\u0435\u043B \u043C\u0435\u043D\u044F\u0435\u0442\u0441\u044F \u043F\u0430\u0440\u0430\u043C\u0435\u0442\u0440\u043E\u043C maxFileBytes",
              en: "check that it is the right file; the limit is set by maxFileBytes"
            }
          }
        )
      ]
    };
  }
  if (reader.size) {
    let size;
    try {
      size = await reader.size(path);
    } catch (error) {
      return failure(error);
    }
    if (size !== void 0 && size > options.maxFileBytes) return tooLarge(size);
  }
  let bytes;
  try {
    bytes = await reader.readFile(path, { maxBytes: options.maxFileBytes, ...options.within !== void 0 ? { within: options.within } : {} });
  } catch (error) {
    return failure(error);
  }
  if (bytes.byteLength > options.maxFileBytes) return tooLarge(bytes.byteLength);
  if (bytes.byteLength === 0) {
    return {
      diagnostics: [
        diagnosticAt("FILE_EMPTY", { ru: `\u0444\u0430\u0439\u043B ${named.ru} \u043F\u0443\u0441\u0442`, en: `file ${named.en} is empty` }, { file: shown }, {
          hint: { ru: "\u043F\u0440\u043E\u0432\u0435\u0440\u044C\u0442\u0435, \u0447\u0442\u043E \u0444\u0430\u0439\u043B \u0441\u043E\u0445\u0440\u0430\u043D\u0451\u043D", en: "check that the file was saved" }
        })
      ]
    };
  }
  return { bytes, diagnostics: [] };
}
function outside(place, named) {
  return {
    diagnostics: [
      diagnosticAt(
        "FILE_OUTSIDE_ROOT",
        {
          ru: `\u0444\u0430\u0439\u043B ${named.ru} \u0432\u043D\u0435 \u043F\u0430\u043F\u043A\u0438 \u0448\u043A\u043E\u043B\u044B: \u0447\u0438\u0442\u0430\u044E\u0442\u0441\u044F \u0442\u043E\u043B\u044C\u043A\u043E \u0444\u0430\u0439\u043B\u044B \u0432\u043D\u0443\u0442\u0440\u0438 \u043D\u0435\u0451 (\u0431\u0435\u0437 \u0430\u0431\u0441\u043E\u043B\u044E\u0442\u043D\u044B\u0445 \u043F\u0443\u0442\u0435\u0439, \xAB..\xBB \u0438 \u0441\u0441\u044B\u043B\u043E\u043A \u043D\u0430\u0440\u0443\u0436\u0443)`,
          en: `file ${named.en} is outside the school's folder: only files inside it are read (no absolute paths, ".." or links leading out)`
        },
        place,
        {
          hint: {
            ru: "\u043F\u043E\u043B\u043E\u0436\u0438\u0442\u0435 \u0444\u0430\u0439\u043B \u0440\u044F\u0434\u043E\u043C \u0441 \u0444\u0430\u0439\u043B\u043E\u043C \u0448\u043A\u043E\u043B\u044B \u0438 \u0443\u043A\u0430\u0436\u0438\u0442\u0435 \u043E\u0442\u043D\u043E\u0441\u0438\u0442\u0435\u043B\u044C\u043D\u044B\u0439 \u043F\u0443\u0442\u044C; \u043E\u0431\u0449\u0443\u044E \u043F\u0430\u043F\u043A\u0443 \u0437\u0430\u0434\u0430\u0451\u0442 \u043F\u0430\u0440\u0430\u043C\u0435\u0442\u0440 root (--root)",
            en: "put the file next to the school file and give a relative path; a shared folder is set with the root option (--root)"
          }
        }
      )
    ]
  };
}
function sha256Hex(bytes) {
  return bytesToHex(sha256(bytes));
}
function formatBytes(n2) {
  if (n2 >= 1024 * 1024) return `${(n2 / (1024 * 1024)).toFixed(1)} MiB`;
  if (n2 >= 1024) return `${(n2 / 1024).toFixed(1)} KiB`;
  return `${n2} B`;
}

// src/load/resolve-path.ts
function resolveRelativePath(fromFile, relative) {
  if (relative.startsWith("/") || /^[A-Za-z]:[\\/]/.test(relative)) return normalizePath(relative);
  const slash = Math.max(fromFile.lastIndexOf("/"), fromFile.lastIndexOf("\\"));
  const dir = slash >= 0 ? fromFile.slice(0, slash + 1) : "";
  return normalizePath(dir + relative);
}
function normalizePath(path) {
  const absolute = path.startsWith("/");
  const out = [];
  for (const part of path.split(/[\\/]+/)) {
    if (part === "" || part === ".") continue;
    if (part === ".." && out.length > 0 && out[out.length - 1] !== "..") out.pop();
    else if (part === ".." && absolute) continue;
    else out.push(part);
  }
  const joined = out.join("/");
  return absolute ? `/${joined}` : joined || ".";
}
function isAbsolutePath(path) {
  return /^[\\/]/.test(path) || /^[A-Za-z]:/.test(path);
}
function isInsidePath(root, path) {
  const r = normalizePath(root);
  const p = normalizePath(path);
  if (isAbsolutePath(r) !== isAbsolutePath(p)) return false;
  if (r === ".") return p !== ".." && !p.startsWith("../");
  if (r === "/") return true;
  return p === r || p.startsWith(`${r}/`);
}

// src/load/to-audit-input.ts
function toAuditInput(doc, sources) {
  const people = Array.isArray(doc.people) ? doc.people : [];
  const channels = Array.isArray(doc.channels) ? doc.channels : [];
  const input = {
    school: { ...doc.school, eSchoolSystem: doc.school.eSchoolSystem ?? DEFAULT_ESCHOOL_SYSTEM },
    classes: doc.classes ?? [],
    documents: doc.documents ?? [],
    admins: doc.admins ?? [],
    records: {
      chatStrategy: doc.records?.chatStrategy ?? [],
      informationMaterials: doc.records?.informationMaterials ?? [],
      controlReviews: doc.records?.controlReviews ?? [],
      statisticsReports: doc.records?.statisticsReports ?? []
    },
    attestations: doc.attestations ?? [],
    people,
    channels,
    exports: doc.exports ?? []
  };
  if (sources) input.sources = sources;
  return input;
}

// src/load/load-school.ts
var SECTIONS = ["people", "channels"];
var isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
async function loadSchool(entryPath, reader, options = {}) {
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const diagnostics = [];
  const files = [];
  const counts = { people: 0, channels: 0, documents: 0, admins: 0, classes: 0 };
  const done = () => ({ diagnostics: capDiagnostics(sortDiagnostics(diagnostics, files)), counts });
  const shownEntry = options.displayPath ?? entryPath;
  const entry = await readInputFile(reader, entryPath, { maxFileBytes, given: shownEntry, shown: shownEntry });
  append(diagnostics, entry.diagnostics);
  if (!entry.bytes) return done();
  files.push({ path: shownEntry, sha256: sha256Hex(entry.bytes) });
  const parsed = parseSchoolDocument(entry.bytes, shownEntry, options);
  append(diagnostics, parsed.diagnostics);
  if (hasErrors(parsed.diagnostics) || parsed.value === void 0) return done();
  const doc = parsed.value;
  const root = options.root ?? reader.resolve(entryPath, ".");
  const csv = {};
  if (isObject(doc)) {
    for (const section of SECTIONS) {
      const override = section === "people" ? options.peoplePath : options.channelsPath;
      const ref = doc[section];
      let path;
      let shown;
      let read;
      let csvOptions = { validate: false };
      if (override !== void 0) {
        path = override;
        shown = override;
        read = await readInputFile(reader, path, { maxFileBytes, given: override });
      } else {
        if (!isObject(ref) || !getValidators().fileReference(ref)) continue;
        const given = ref.file;
        path = reader.resolve(entryPath, given);
        shown = reader.resolve(shownEntry, given);
        const pointer = `/${section}/file`;
        const referencedAt = { file: shownEntry, pointer, location: parsed.locate(pointer) };
        if (isAbsolutePath(given) || !(reader.contains ?? isInsidePath)(root, path)) {
          read = outside(referencedAt, { ru: `\xAB${quoteValue(given)}\xBB`, en: `"${quoteValue(given)}"` });
        } else {
          read = await readInputFile(reader, path, { maxFileBytes, given, shown, referencedAt, within: root });
        }
        csvOptions = {
          delimiter: ref.delimiter,
          encoding: ref.encoding,
          validate: false
        };
      }
      append(diagnostics, read.diagnostics);
      if (!read.bytes) {
        if (override !== void 0) doc[section] = { file: override };
        continue;
      }
      files.push({ path: shown, sha256: sha256Hex(read.bytes) });
      const result2 = section === "people" ? parsePeopleCsv(read.bytes, shown, csvOptions) : parseChannelsCsv(read.bytes, shown, csvOptions);
      append(diagnostics, result2.diagnostics.map((d) => d.pointer === void 0 ? d : { ...d, pointer: `/${section}${d.pointer}` }));
      counts[section] = result2.rowCount;
      if (result2.value === void 0) continue;
      doc[section] = result2.value;
      csv[section] = { file: shown, result: result2 };
    }
  }
  const locate = (pointer) => {
    for (const section of SECTIONS) {
      const prefix = `/${section}/`;
      const entryCsv = csv[section];
      if (entryCsv && pointer.startsWith(prefix)) return entryCsv.result.locate(pointer.slice(prefix.length - 1));
    }
    return parsed.locate(pointer);
  };
  const locateKey = (pointer) => SECTIONS.some((s) => csv[s] && pointer.startsWith(`/${s}/`)) ? locate(pointer) : parsed.locateKey(pointer);
  const reported = /* @__PURE__ */ new Set();
  for (const section of SECTIONS) {
    for (const p of csv[section]?.result.reportedPointers ?? []) reported.add(`/${section}${p}`);
  }
  const found = validate(doc, { file: shownEntry, locate, locateKey, knownClauses: options.knownClauses });
  append(diagnostics, found.filter((d) => !(d.code === "SCHEMA_VIOLATION" && isUnder(d.pointer, reported))));
  if (isObject(doc)) {
    for (const section of SECTIONS) if (!csv[section] && Array.isArray(doc[section])) counts[section] = doc[section].length;
    counts.documents = Array.isArray(doc.documents) ? doc.documents.length : 0;
    counts.admins = Array.isArray(doc.admins) ? doc.admins.length : 0;
    counts.classes = countClasses(doc);
  }
  const result = done();
  if (!hasErrors(result.diagnostics)) {
    const sources = { locate, files };
    result.input = toAuditInput(doc, sources);
  }
  return result;
}
function countClasses(doc) {
  if (Array.isArray(doc.classes) && doc.classes.length > 0) return doc.classes.length;
  const classes = /* @__PURE__ */ new Set();
  for (const p of Array.isArray(doc.people) ? doc.people : []) {
    if (isObject(p) && typeof p.class === "string" && Array.isArray(p.roles) && p.roles.includes("student")) classes.add(p.class);
  }
  return classes.size;
}
function sortDiagnostics(diagnostics, files) {
  const order = new Map(files.map((f, i) => [f.path, i]));
  return diagnostics.map((d, i) => ({ d, i })).sort(
    (a, b) => (order.get(a.d.file ?? "") ?? files.length) - (order.get(b.d.file ?? "") ?? files.length) || (a.d.line ?? 0) - (b.d.line ?? 0) || (a.d.column ?? 0) - (b.d.column ?? 0) || a.i - b.i
  ).map(({ d }) => d);
}

// src/load/memory-file-reader.ts
function createMemoryFileReader(files) {
  const store = /* @__PURE__ */ new Map();
  for (const [path, content] of Object.entries(files)) {
    store.set(normalizePath(path), typeof content === "string" ? new TextEncoder().encode(content) : content);
  }
  const get = (path) => {
    const bytes = store.get(normalizePath(path));
    if (bytes) return bytes;
    const error = new Error(`ENOENT: no such file: ${path}`);
    error.code = "ENOENT";
    throw error;
  };
  return {
    readFile: async (path) => get(path),
    size: async (path) => get(path).byteLength,
    resolve: resolveRelativePath
  };
}

// src/messengers/normalize-text.ts
var INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
function prepareText(text2) {
  return text2.normalize("NFKC").toLowerCase().replace(INVISIBLE, "").replace(/ё/g, "\u0435");
}
var CYR_TO_LAT = {
  \u0430: "a",
  \u0432: "b",
  \u0435: "e",
  \u043A: "k",
  \u043C: "m",
  \u043D: "h",
  \u043E: "o",
  \u0440: "p",
  \u0441: "c",
  \u0442: "t",
  \u0443: "y",
  \u0445: "x",
  \u0456: "i",
  \u0458: "j",
  \u0455: "s",
  "\u0501": "d",
  "\u051B": "q",
  "\u051D": "w",
  \u04BB: "h",
  \u04AF: "y"
};
var LAT_TO_CYR = {
  a: "\u0430",
  b: "\u0432",
  e: "\u0435",
  k: "\u043A",
  m: "\u043C",
  h: "\u043D",
  o: "\u043E",
  p: "\u0440",
  c: "\u0441",
  t: "\u0442",
  y: "\u0443",
  x: "\u0445"
};
var LATIN = /[a-z]/;
var CYRILLIC = /[\u0400-\u04ff]/;
function mapChars(token, table) {
  let out = "";
  for (const ch of token) out += table[ch] ?? ch;
  return out;
}
function foldHomoglyphs(token, isKnown) {
  const hasLat = LATIN.test(token);
  const hasCyr = CYRILLIC.test(token);
  if (hasLat !== hasCyr) {
    if (!isKnown || isKnown(token)) return token;
    const twin = mapChars(token, hasLat ? LAT_TO_CYR : CYR_TO_LAT);
    const pure = hasLat ? !LATIN.test(twin) : !CYRILLIC.test(twin);
    return pure && isKnown(twin) ? twin : token;
  }
  if (!hasLat) return token;
  const toLat = mapChars(token, CYR_TO_LAT);
  const toCyr = mapChars(token, LAT_TO_CYR);
  const latOk = !CYRILLIC.test(toLat);
  const cyrOk = !LATIN.test(toCyr);
  if (isKnown) {
    if (latOk && isKnown(toLat)) return toLat;
    if (cyrOk && isKnown(toCyr)) return toCyr;
  }
  if (latOk && !cyrOk) return toLat;
  if (cyrOk && !latOk) return toCyr;
  if (latOk && cyrOk) {
    let lat = 0;
    let cyr = 0;
    for (const ch of token) {
      if (LATIN.test(ch)) lat++;
      else if (CYRILLIC.test(ch)) cyr++;
    }
    return cyr > lat ? toCyr : toLat;
  }
  return token;
}
var SEPARATORS = /[^\p{L}\p{N}]+/u;
function splitWords(prepared) {
  return prepared.split(SEPARATORS).filter((w) => w.length > 0);
}
function aliasWords(alias) {
  return splitWords(prepareText(alias)).map((w) => foldHomoglyphs(w));
}
var CYR_WORD = /^[а-я]+$/;
var LAT_WORD = /^[a-z]+$/;
var VOWELS = /[аеиоуыэюя]$/;
var ADJ_HARD = ["\u044B\u0439", "\u043E\u0433\u043E", "\u043E\u043C\u0443", "\u044B\u043C", "\u043E\u043C", "\u0430\u044F", "\u043E\u0439", "\u0443\u044E", "\u043E\u044E", "\u043E\u0435", "\u044B\u0435", "\u044B\u0445", "\u044B\u043C\u0438"];
var ADJ_SOFT = ["\u0438\u0439", "\u0435\u0433\u043E", "\u0435\u043C\u0443", "\u0438\u043C", "\u0435\u043C", "\u044F\u044F", "\u0435\u0439", "\u044E\u044E", "\u0435\u044E", "\u0435\u0435", "\u0438\u0435", "\u0438\u0445", "\u0438\u043C\u0438"];
var NOUN_A = ["\u0430", "\u044B", "\u0438", "\u0435", "\u0443", "\u043E\u0439", "\u043E\u044E", "\u0430\u043C", "\u0430\u043C\u0438", "\u0430\u0445"];
var NOUN_YA = ["\u044F", "\u0438", "\u0435", "\u044E", "\u0435\u0439", "\u0435\u044E", "\u044F\u043C", "\u044F\u043C\u0438", "\u044F\u0445"];
var NOUN_SOFT = ["\u044C", "\u044F", "\u0438", "\u044E", "\u0435", "\u0435\u043C", "\u0435\u0439", "\u044F\u043C", "\u044F\u043C\u0438", "\u044F\u0445"];
var NOUN_Y = ["\u0439", "\u044F", "\u044E", "\u0435", "\u0435\u043C", "\u0438", "\u0435\u0432", "\u044F\u043C", "\u044F\u043C\u0438", "\u044F\u0445"];
var NOUN_IE = ["\u0435", "\u044F", "\u044E", "\u0435\u043C", "\u0438", "\u0439", "\u044F\u043C", "\u044F\u043C\u0438", "\u044F\u0445"];
var NOUN_CONS = ["\u0430", "\u0443", "\u0435", "\u043E\u043C", "\u0435\u043C", "\u044B", "\u0438", "\u043E\u0432", "\u0430\u043C", "\u0430\u043C\u0438", "\u0430\u0445"];
var LATIN_CASE = ["a", "e", "y", "om"];
function inflections(word) {
  const out = [];
  const add = (stem, endings) => {
    for (const e of endings) {
      const f = stem + e;
      if (f !== word && f.length >= 4) out.push(f);
    }
  };
  if (CYR_WORD.test(word) && word.length >= 3) {
    const last2 = word.slice(-2);
    if (word.length >= 5 && ["\u044B\u0439", "\u043E\u0439", "\u0430\u044F", "\u043E\u0435"].includes(last2)) add(word.slice(0, -2), ADJ_HARD);
    else if (word.length >= 5 && ["\u0438\u0439", "\u044F\u044F", "\u0435\u0435"].includes(last2)) add(word.slice(0, -2), ADJ_SOFT);
    else if (last2 === "\u0438\u0435" || last2 === "\u044C\u0435") add(word.slice(0, -1), NOUN_IE);
    else if (word.endsWith("\u0430")) add(word.slice(0, -1), NOUN_A);
    else if (word.endsWith("\u044F")) add(word.slice(0, -1), NOUN_YA);
    else if (word.endsWith("\u044C")) add(word.slice(0, -1), NOUN_SOFT);
    else if (word.endsWith("\u0439")) add(word.slice(0, -1), NOUN_Y);
    else if (!VOWELS.test(word)) add(word, NOUN_CONS);
  } else if (LAT_WORD.test(word) && word.length >= 4 && !/[aeiouy]$/.test(word)) {
    add(word, LATIN_CASE);
  }
  return out;
}

// src/messengers/registry-index.ts
var MIN_JOINED_LENGTH = 5;
var MAX_WORDS = 6;
var cache = /* @__PURE__ */ new WeakMap();
function registryIndex(registry) {
  let idx = cache.get(registry);
  if (!idx) {
    idx = buildIndex(registry.entries);
    cache.set(registry, idx);
  }
  return idx;
}
function normalizeHost(host) {
  return prepareText(host).replace(/\.$/, "");
}
function buildIndex(entries) {
  const explicit = /* @__PURE__ */ new Set();
  const aliasWordLists = [];
  entries.forEach((entry, i) => {
    for (const alias of entry.aliases) {
      const words = aliasWords(alias);
      if (words.length === 0) continue;
      aliasWordLists.push({ entry: i, words });
      for (const w of words) explicit.add(w);
    }
  });
  const parent = /* @__PURE__ */ new Map();
  const find = (w) => {
    let r = w;
    while (parent.get(r) !== void 0 && parent.get(r) !== r) r = parent.get(r);
    parent.set(w, r);
    return r;
  };
  const better = (a, b) => a.length < b.length || a.length === b.length && a < b;
  for (const w of explicit) parent.set(w, w);
  const generated = /* @__PURE__ */ new Map();
  for (const w of explicit) {
    for (const f of inflections(w)) {
      if (explicit.has(f)) {
        const ra = find(w);
        const rb = find(f);
        if (ra !== rb) {
          if (better(ra, rb)) parent.set(rb, ra);
          else parent.set(ra, rb);
        }
      } else {
        let set = generated.get(f);
        if (!set) generated.set(f, set = /* @__PURE__ */ new Set());
        set.add(w);
      }
    }
  }
  const canon = /* @__PURE__ */ new Map();
  for (const w of explicit) canon.set(w, find(w));
  for (const [form, bases] of generated) {
    const roots = new Set([...bases].map(find));
    if (roots.size === 1) canon.set(form, [...roots][0]);
  }
  const blockedPhrases = /* @__PURE__ */ new Set();
  for (const entry of entries) {
    for (const na of entry.notAliases ?? []) {
      const words = aliasWords(na);
      if (words.length === 1) canon.set(words[0], words[0]);
      else if (words.length > 1) blockedPhrases.add(words.join(" "));
    }
  }
  const canonWord = (w) => canon.get(w) ?? w;
  const phrases = /* @__PURE__ */ new Map();
  const compact = /* @__PURE__ */ new Map();
  let maxWords = 1;
  for (const { entry, words } of aliasWordLists) {
    const key = words.map(canonWord).join(" ");
    if (blockedPhrases.has(key)) continue;
    phrases.set(key, entry);
    compact.set(words.join(""), entry);
    maxWords = Math.max(maxWords, Math.min(words.length, MAX_WORDS));
  }
  const ids = /* @__PURE__ */ new Map();
  const domains = /* @__PURE__ */ new Map();
  const schemes = /* @__PURE__ */ new Map();
  entries.forEach((entry, i) => {
    ids.set(entry.id.toLowerCase(), i);
    for (const d of entry.domains) domains.set(normalizeHost(d), i);
    for (const s of entry.schemes ?? []) schemes.set(s.toLowerCase().replace(/:?$/, ":"), i);
  });
  return {
    entries,
    canon,
    phrases,
    compact,
    ids,
    domains,
    schemes,
    maxWords: Math.max(maxWords, 4),
    isKnownWord: (w) => canon.has(w) || compact.has(w)
  };
}

// src/messengers/default-registry.generated.ts
var DEFAULT_REGISTRY = {
  "version": "2026.11.1",
  "source": "\u041F\u043E\u043B\u043E\u0436\u0435\u043D\u0438\u0435 \u041C\u0411\u041E\u0423 \u0421\u041E\u0428 \u2116 72 \u043E \u043F\u043E\u0440\u044F\u0434\u043A\u0435 \u043F\u0440\u0438\u043C\u0435\u043D\u0435\u043D\u0438\u044F \u0441\u0435\u0440\u0432\u0438\u0441\u043E\u0432 \u0432\u0437\u0430\u0438\u043C\u043E\u0434\u0435\u0439\u0441\u0442\u0432\u0438\u044F (\u0443\u0442\u0432. \u043F\u0440\u0438\u043A\u0430\u0437\u043E\u043C \u043E\u0442 30.08.2024 \u2116 102/2-\u043E\u0434), \u043F. 2.final; \u043F\u0435\u0440\u0435\u0447\u0435\u043D\u044C \u0438\u043D\u043E\u0441\u0442\u0440\u0430\u043D\u043D\u044B\u0445 \u043C\u0435\u0441\u0441\u0435\u043D\u0434\u0436\u0435\u0440\u043E\u0432 \u0420\u043E\u0441\u043A\u043E\u043C\u043D\u0430\u0434\u0437\u043E\u0440\u0430 (rkn.gov.ru), \u043A\u043E\u0442\u043E\u0440\u044B\u0439 \u0432\u0435\u0434\u0451\u0442\u0441\u044F \u043F\u043E \u0447. 8\u201310 \u0441\u0442. 10 \u0424\u0435\u0434\u0435\u0440\u0430\u043B\u044C\u043D\u043E\u0433\u043E \u0437\u0430\u043A\u043E\u043D\u0430 \u043E\u0442 27.07.2006 \u2116 149-\u0424\u0417 \xAB\u041E\u0431 \u0438\u043D\u0444\u043E\u0440\u043C\u0430\u0446\u0438\u0438, \u0438\u043D\u0444\u043E\u0440\u043C\u0430\u0446\u0438\u043E\u043D\u043D\u044B\u0445 \u0442\u0435\u0445\u043D\u043E\u043B\u043E\u0433\u0438\u044F\u0445 \u0438 \u043E \u0437\u0430\u0449\u0438\u0442\u0435 \u0438\u043D\u0444\u043E\u0440\u043C\u0430\u0446\u0438\u0438\xBB (\u0432\u0432\u0435\u0434\u0435\u043D\u044B \u0424\u0435\u0434\u0435\u0440\u0430\u043B\u044C\u043D\u044B\u043C \u0437\u0430\u043A\u043E\u043D\u043E\u043C \u043E\u0442 29.12.2022 \u2116 584-\u0424\u0417, \u0434\u0435\u0439\u0441\u0442\u0432\u0443\u044E\u0442 \u0441 01.03.2023; \u043A\u0440\u0438\u0442\u0435\u0440\u0438\u0438 \u0432\u043A\u043B\u044E\u0447\u0435\u043D\u0438\u044F \u2014 \u043F\u0440\u0438\u043A\u0430\u0437 \u0420\u043E\u0441\u043A\u043E\u043C\u043D\u0430\u0434\u0437\u043E\u0440\u0430 \u043E\u0442 21.02.2023 \u2116 22). / The school regulation, clause 2.final; the Roskomnadzor list of foreign messengers kept under Federal Law 149-FZ art. 10 parts 8\u201310 (added by Federal Law 584-FZ of 29.12.2022, in force 01.03.2023).",
  "hash": "44f5b0a13a6c7f749d45b9d06e6e93eb726e6191f8adfde562469b625b40bc41",
  "entries": [
    {
      "id": "whatsapp",
      "name": {
        "ru": "WhatsApp",
        "en": "WhatsApp"
      },
      "aliases": [
        "WhatsApp",
        "Whats App",
        "WhatsApp Business",
        "WhatsUp",
        "Whatsap",
        "Whatsaap",
        "Whatapp",
        "Watsapp",
        "Watsap",
        "Watsup",
        "Wotsapp",
        "Vatsap",
        "Votsap",
        "WA",
        "\u0412\u0430\u0442\u0441\u0430\u043F",
        "\u0412\u0430\u0442\u0441\u0430\u043F\u043F",
        "\u0412\u0430\u0442\u0441\u0430\u0431",
        "\u0412\u0430\u0442\u0446\u0430\u043F",
        "\u0412\u0430\u0446\u0430\u043F",
        "\u0412\u0430\u0446\u0430\u043F\u043F",
        "\u0412\u043E\u0442\u0441\u0430\u043F",
        "\u0412\u043E\u0442\u0441\u0430\u043F\u043F",
        "\u0412\u043E\u0442\u0441\u0430\u0431",
        "\u0412\u043E\u0442\u0446\u0430\u043F",
        "\u0412\u043E\u0446\u0430\u043F",
        "\u0423\u043E\u0442\u0441\u0430\u043F",
        "\u0423\u0430\u0442\u0441\u0430\u043F",
        "\u0412\u0430\u0442\u0441\u0430\u043F\u0447\u0438\u043A",
        "\u0412\u043E\u0442\u0441\u0430\u043F\u0447\u0438\u043A",
        "\u0412\u0430\u0446\u0430\u043F\u0447\u0438\u043A",
        "\u0412\u0426"
      ],
      "domains": [
        "wa.me",
        "whatsapp.com"
      ],
      "schemes": [
        "whatsapp:"
      ],
      "status": "prohibited",
      "source": "\u041F\u043E\u043B\u043E\u0436\u0435\u043D\u0438\u0435, \u043F. 2.final; \u043F\u0435\u0440\u0435\u0447\u0435\u043D\u044C \u0420\u043E\u0441\u043A\u043E\u043C\u043D\u0430\u0434\u0437\u043E\u0440\u0430 (\u0447. 8 \u0441\u0442. 10 149-\u0424\u0417)",
      "effectiveFrom": "2023-03-01"
    },
    {
      "id": "telegram",
      "name": {
        "ru": "Telegram",
        "en": "Telegram"
      },
      "aliases": [
        "Telegram",
        "Telegramm",
        "Telegram X",
        "Telega",
        "TG",
        "\u0422\u0435\u043B\u0435\u0433\u0440\u0430\u043C",
        "\u0422\u0435\u043B\u0435\u0433\u0440\u0430\u043C\u043C",
        "\u0422\u0435\u043B\u0435\u0433\u0440\u0430\u043C\u0447\u0438\u043A",
        "\u0422\u0435\u043B\u0435\u0433\u0440\u0430\u043C\u043C\u0447\u0438\u043A",
        "\u0422\u0435\u043B\u043B\u0435\u0433\u0440\u0430\u043C",
        "\u0422\u0435\u043B\u0435\u0433\u0440\u0430\u043C\u043C-\u043A\u0430\u043D\u0430\u043B",
        "\u0422\u0435\u043B\u0435\u0433\u0430",
        "\u0422\u0435\u043B\u0435\u0436\u043A\u0430",
        "\u0422\u0413",
        "\u0422\u0413\u041A"
      ],
      "notAliases": [
        "\u0442\u0435\u043B\u0435\u0433\u0440\u0430\u043C\u043C\u0430",
        "\u0442\u0435\u043B\u0435\u0433\u0440\u0430\u043C\u043C\u044B",
        "\u0442\u0435\u043B\u0435\u0433\u0440\u0430\u043C\u043C\u0443",
        "\u0442\u0435\u043B\u0435\u0433\u0440\u0430\u043C\u043C\u043E\u0439",
        "\u0442\u0435\u043B\u0435\u0433\u0440\u0430\u043C\u043C\u043E\u044E",
        "\u0442\u0435\u043B\u0435\u0433\u0440\u0430\u043C\u043C\u0430\u043C",
        "\u0442\u0435\u043B\u0435\u0433\u0440\u0430\u043C\u043C\u0430\u043C\u0438",
        "\u0442\u0435\u043B\u0435\u0433\u0440\u0430\u043C\u043C\u0430\u0445"
      ],
      "domains": [
        "t.me",
        "telegram.me",
        "telegram.dog",
        "telegram.org"
      ],
      "schemes": [
        "tg:"
      ],
      "status": "prohibited",
      "source": "\u041F\u043E\u043B\u043E\u0436\u0435\u043D\u0438\u0435, \u043F. 2.final; \u043F\u0435\u0440\u0435\u0447\u0435\u043D\u044C \u0420\u043E\u0441\u043A\u043E\u043C\u043D\u0430\u0434\u0437\u043E\u0440\u0430 (\u0447. 8 \u0441\u0442. 10 149-\u0424\u0417)",
      "effectiveFrom": "2023-03-01"
    },
    {
      "id": "viber",
      "name": {
        "ru": "Viber",
        "en": "Viber"
      },
      "aliases": [
        "Viber",
        "\u0412\u0430\u0439\u0431\u0435\u0440",
        "\u0412\u0438\u0431\u0435\u0440",
        "\u0412\u0430\u0439\u0431\u0438\u0440",
        "\u0412\u0438\u0431\u0438\u0440",
        "Viber Rakuten"
      ],
      "domains": [
        "viber.com"
      ],
      "schemes": [
        "viber:"
      ],
      "status": "prohibited",
      "source": "\u041F\u043E\u043B\u043E\u0436\u0435\u043D\u0438\u0435, \u043F. 2.final; \u043F\u0435\u0440\u0435\u0447\u0435\u043D\u044C \u0420\u043E\u0441\u043A\u043E\u043C\u043D\u0430\u0434\u0437\u043E\u0440\u0430 (\u0447. 8 \u0441\u0442. 10 149-\u0424\u0417)",
      "effectiveFrom": "2023-03-01"
    },
    {
      "id": "discord",
      "name": {
        "ru": "Discord",
        "en": "Discord"
      },
      "aliases": [
        "Discord",
        "Discord server",
        "\u0414\u0438\u0441\u043A\u043E\u0440\u0434",
        "\u0414\u0438\u0441\u043A\u043E\u0440\u0442",
        "\u0414\u0438\u0441\u043A\u043E\u0440\u0434-\u0441\u0435\u0440\u0432\u0435\u0440",
        "\u0414\u0438\u0441",
        "\u0414\u0438\u0441\u0438\u043A"
      ],
      "domains": [
        "discord.gg",
        "discord.com",
        "discordapp.com"
      ],
      "schemes": [
        "discord:"
      ],
      "status": "prohibited",
      "source": "\u041F\u043E\u043B\u043E\u0436\u0435\u043D\u0438\u0435, \u043F. 2.final; \u043F\u0435\u0440\u0435\u0447\u0435\u043D\u044C \u0420\u043E\u0441\u043A\u043E\u043C\u043D\u0430\u0434\u0437\u043E\u0440\u0430 (\u0447. 8 \u0441\u0442. 10 149-\u0424\u0417)",
      "effectiveFrom": "2023-03-01"
    },
    {
      "id": "skype",
      "name": {
        "ru": "Skype",
        "en": "Skype"
      },
      "aliases": [
        "Skype",
        "Skype for Business",
        "\u0421\u043A\u0430\u0439\u043F",
        "\u0421\u043A\u0430\u0439\u043F \u0434\u043B\u044F \u0431\u0438\u0437\u043D\u0435\u0441\u0430",
        "\u0421\u043A\u0430\u0439\u043F\u0438\u043A"
      ],
      "domains": [
        "skype.com"
      ],
      "schemes": [
        "skype:"
      ],
      "status": "prohibited",
      "source": "\u041F\u043E\u043B\u043E\u0436\u0435\u043D\u0438\u0435, \u043F. 2.final (\xABSkype\xBB); \u043F\u0435\u0440\u0435\u0447\u0435\u043D\u044C \u0420\u043E\u0441\u043A\u043E\u043C\u043D\u0430\u0434\u0437\u043E\u0440\u0430 (\u0447. 8 \u0441\u0442. 10 149-\u0424\u0417; \u0432 \u043F\u0443\u0431\u043B\u0438\u043A\u0430\u0446\u0438\u0438 \u0420\u041A\u041D \u2014 \xABSkype for Business\xBB)",
      "effectiveFrom": "2023-03-01"
    },
    {
      "id": "ms-teams",
      "name": {
        "ru": "Microsoft Teams",
        "en": "Microsoft Teams"
      },
      "aliases": [
        "Microsoft Teams",
        "MS Teams",
        "MSTeams",
        "Teams",
        "\u0422\u0438\u043C\u0441",
        "\u0422\u0438\u043C\u0437",
        "\u041C\u0421 \u0422\u0438\u043C\u0441",
        "\u041C\u0430\u0439\u043A\u0440\u043E\u0441\u043E\u0444\u0442 \u0422\u0438\u043C\u0441",
        "\u041C\u0430\u0439\u043A\u0440\u043E\u0441\u043E\u0444\u0442 Teams",
        "\u041C\u0438\u043A\u0440\u043E\u0441\u043E\u0444\u0442 \u0422\u0438\u043C\u0441"
      ],
      "domains": [
        "teams.microsoft.com",
        "teams.live.com"
      ],
      "schemes": [
        "msteams:"
      ],
      "status": "prohibited",
      "source": "\u041F\u043E\u043B\u043E\u0436\u0435\u043D\u0438\u0435, \u043F. 2.final; \u043F\u0435\u0440\u0435\u0447\u0435\u043D\u044C \u0420\u043E\u0441\u043A\u043E\u043C\u043D\u0430\u0434\u0437\u043E\u0440\u0430 (\u0447. 8 \u0441\u0442. 10 149-\u0424\u0417)",
      "effectiveFrom": "2023-03-01"
    },
    {
      "id": "wechat",
      "name": {
        "ru": "WeChat",
        "en": "WeChat"
      },
      "aliases": [
        "WeChat",
        "We Chat",
        "Weixin",
        "\u0412\u0438\u0447\u0430\u0442",
        "\u0412\u0438\u0447\u044D\u0442",
        "\u0412\u0435\u0439\u0447\u0430\u0442",
        "\u0423\u0438\u0447\u0430\u0442",
        "\u0412\u044D\u0439\u0447\u0430\u0442",
        "\u0412\u044D\u0439\u0441\u0438\u043D\u044C",
        "\u5FAE\u4FE1"
      ],
      "domains": [
        "wechat.com",
        "weixin.qq.com"
      ],
      "schemes": [
        "weixin:"
      ],
      "status": "prohibited",
      "source": "\u041F\u043E\u043B\u043E\u0436\u0435\u043D\u0438\u0435, \u043F. 2.final; \u043F\u0435\u0440\u0435\u0447\u0435\u043D\u044C \u0420\u043E\u0441\u043A\u043E\u043C\u043D\u0430\u0434\u0437\u043E\u0440\u0430 (\u0447. 8 \u0441\u0442. 10 149-\u0424\u0417)",
      "effectiveFrom": "2023-03-01"
    },
    {
      "id": "snapchat",
      "name": {
        "ru": "Snapchat",
        "en": "Snapchat"
      },
      "aliases": [
        "Snapchat",
        "Snap Chat",
        "\u0421\u043D\u044D\u043F\u0447\u0430\u0442",
        "\u0421\u043D\u0430\u043F\u0447\u0430\u0442",
        "\u0421\u043D\u0435\u043F\u0447\u0430\u0442",
        "\u0421\u043D\u044D\u043F"
      ],
      "domains": [
        "snapchat.com"
      ],
      "schemes": [
        "snapchat:"
      ],
      "status": "prohibited",
      "source": "\u041F\u043E\u043B\u043E\u0436\u0435\u043D\u0438\u0435, \u043F. 2.final; \u043F\u0435\u0440\u0435\u0447\u0435\u043D\u044C \u0420\u043E\u0441\u043A\u043E\u043C\u043D\u0430\u0434\u0437\u043E\u0440\u0430 (\u0447. 8 \u0441\u0442. 10 149-\u0424\u0417)",
      "effectiveFrom": "2023-03-01"
    },
    {
      "id": "threema",
      "name": {
        "ru": "Threema",
        "en": "Threema"
      },
      "aliases": [
        "Threema",
        "\u0422\u0440\u0438\u043C\u0430",
        "\u0422\u0440\u0438\u043D\u043C\u0430",
        "\u0422\u0440\u0435\u0435\u043C\u0430"
      ],
      "domains": [
        "threema.id",
        "threema.ch"
      ],
      "schemes": [
        "threema:"
      ],
      "status": "prohibited",
      "source": "\u041F\u043E\u043B\u043E\u0436\u0435\u043D\u0438\u0435, \u043F. 2.final; \u043F\u0435\u0440\u0435\u0447\u0435\u043D\u044C \u0420\u043E\u0441\u043A\u043E\u043C\u043D\u0430\u0434\u0437\u043E\u0440\u0430 (\u0447. 8 \u0441\u0442. 10 149-\u0424\u0417)",
      "effectiveFrom": "2023-03-01"
    },
    {
      "id": "zoom",
      "name": {
        "ru": "Zoom",
        "en": "Zoom"
      },
      "aliases": [
        "Zoom",
        "\u0417\u0443\u043C",
        "Zoom \u043A\u043E\u043D\u0444\u0435\u0440\u0435\u043D\u0446\u0438\u044F"
      ],
      "domains": [
        "zoom.us",
        "zoom.com"
      ],
      "schemes": [
        "zoommtg:",
        "zoomus:"
      ],
      "status": "unknown",
      "source": "\u041D\u0435\u0442 \u0432 \u043F\u0435\u0440\u0435\u0447\u043D\u0435 \u0420\u043E\u0441\u043A\u043E\u043C\u043D\u0430\u0434\u0437\u043E\u0440\u0430 \u043F\u043E \u0447. 8 \u0441\u0442. 10 149-\u0424\u0417; \u0438\u043D\u043E\u0441\u0442\u0440\u0430\u043D\u043D\u044B\u0439 \u0441\u0435\u0440\u0432\u0438\u0441 \u2014 \u0440\u0435\u0448\u0435\u043D\u0438\u0435 \u0437\u0430 \u0448\u043A\u043E\u043B\u043E\u0439 \u0438\u043B\u0438 \u0440\u0435\u0433\u0438\u043E\u043D\u043E\u043C"
    },
    {
      "id": "signal",
      "name": {
        "ru": "Signal",
        "en": "Signal"
      },
      "aliases": [
        "Signal",
        "Signal Messenger",
        "\u0421\u0438\u0433\u043D\u0430\u043B \u043C\u0435\u0441\u0441\u0435\u043D\u0434\u0436\u0435\u0440",
        "\u041C\u0435\u0441\u0441\u0435\u043D\u0434\u0436\u0435\u0440 \u0421\u0438\u0433\u043D\u0430\u043B"
      ],
      "domains": [
        "signal.org",
        "signal.me",
        "signal.group"
      ],
      "schemes": [
        "sgnl:"
      ],
      "status": "unknown",
      "source": "\u041D\u0435\u0442 \u0432 \u043F\u0435\u0440\u0435\u0447\u043D\u0435 \u0420\u043E\u0441\u043A\u043E\u043C\u043D\u0430\u0434\u0437\u043E\u0440\u0430 \u043F\u043E \u0447. 8 \u0441\u0442. 10 149-\u0424\u0417; \u0438\u043D\u043E\u0441\u0442\u0440\u0430\u043D\u043D\u044B\u0439 \u0441\u0435\u0440\u0432\u0438\u0441 \u2014 \u0440\u0435\u0448\u0435\u043D\u0438\u0435 \u0437\u0430 \u0448\u043A\u043E\u043B\u043E\u0439 \u0438\u043B\u0438 \u0440\u0435\u0433\u0438\u043E\u043D\u043E\u043C"
    },
    {
      "id": "line",
      "name": {
        "ru": "LINE",
        "en": "LINE"
      },
      "aliases": [
        "LINE Messenger",
        "Line \u043C\u0435\u0441\u0441\u0435\u043D\u0434\u0436\u0435\u0440",
        "\u041B\u0430\u0439\u043D \u043C\u0435\u0441\u0441\u0435\u043D\u0434\u0436\u0435\u0440",
        "\u041C\u0435\u0441\u0441\u0435\u043D\u0434\u0436\u0435\u0440 \u041B\u0430\u0439\u043D"
      ],
      "domains": [
        "line.me"
      ],
      "status": "unknown",
      "source": "\u041D\u0435\u0442 \u0432 \u043F\u0435\u0440\u0435\u0447\u043D\u0435 \u0420\u043E\u0441\u043A\u043E\u043C\u043D\u0430\u0434\u0437\u043E\u0440\u0430 \u043F\u043E \u0447. 8 \u0441\u0442. 10 149-\u0424\u0417; \u0438\u043D\u043E\u0441\u0442\u0440\u0430\u043D\u043D\u044B\u0439 \u0441\u0435\u0440\u0432\u0438\u0441 \u2014 \u0440\u0435\u0448\u0435\u043D\u0438\u0435 \u0437\u0430 \u0448\u043A\u043E\u043B\u043E\u0439 \u0438\u043B\u0438 \u0440\u0435\u0433\u0438\u043E\u043D\u043E\u043C"
    },
    {
      "id": "facebook-messenger",
      "name": {
        "ru": "Facebook Messenger",
        "en": "Facebook Messenger"
      },
      "aliases": [
        "Facebook Messenger",
        "FB Messenger",
        "Messenger Facebook",
        "\u0424\u0435\u0439\u0441\u0431\u0443\u043A \u043C\u0435\u0441\u0441\u0435\u043D\u0434\u0436\u0435\u0440",
        "\u041C\u0435\u0441\u0441\u0435\u043D\u0434\u0436\u0435\u0440 \u0424\u0435\u0439\u0441\u0431\u0443\u043A",
        "\u0424\u0411 \u043C\u0435\u0441\u0441\u0435\u043D\u0434\u0436\u0435\u0440"
      ],
      "domains": [
        "messenger.com",
        "m.me"
      ],
      "schemes": [
        "fb-messenger:"
      ],
      "status": "unknown",
      "source": "\u041D\u0435\u0442 \u0432 \u043F\u0435\u0440\u0435\u0447\u043D\u0435 \u0420\u043E\u0441\u043A\u043E\u043C\u043D\u0430\u0434\u0437\u043E\u0440\u0430 \u043F\u043E \u0447. 8 \u0441\u0442. 10 149-\u0424\u0417; \u0432\u043B\u0430\u0434\u0435\u043B\u0435\u0446 (Meta) \u043F\u0440\u0438\u0437\u043D\u0430\u043D \u0432 \u0420\u0424 \u044D\u043A\u0441\u0442\u0440\u0435\u043C\u0438\u0441\u0442\u0441\u043A\u043E\u0439 \u043E\u0440\u0433\u0430\u043D\u0438\u0437\u0430\u0446\u0438\u0435\u0439, \u0434\u043E\u0441\u0442\u0443\u043F \u043A Facebook \u043E\u0433\u0440\u0430\u043D\u0438\u0447\u0435\u043D \u2014 \u0440\u0435\u0448\u0435\u043D\u0438\u0435 \u0437\u0430 \u0448\u043A\u043E\u043B\u043E\u0439 \u0438\u043B\u0438 \u0440\u0435\u0433\u0438\u043E\u043D\u043E\u043C"
    },
    {
      "id": "instagram-direct",
      "name": {
        "ru": "Instagram (Direct)",
        "en": "Instagram Direct"
      },
      "aliases": [
        "Instagram",
        "Instagram Direct",
        "Insta",
        "\u0418\u043D\u0441\u0442\u0430\u0433\u0440\u0430\u043C",
        "\u0418\u043D\u0441\u0442\u0430\u0433\u0440\u0430\u043C\u043C",
        "\u0418\u043D\u0441\u0442\u0430",
        "\u0418\u043D\u0441\u0442\u0430\u0433\u0440\u0430\u043C \u0434\u0438\u0440\u0435\u043A\u0442",
        "\u0414\u0438\u0440\u0435\u043A\u0442 \u0438\u043D\u0441\u0442\u0430\u0433\u0440\u0430\u043C"
      ],
      "domains": [
        "instagram.com",
        "ig.me"
      ],
      "linkPaths": [
        "/direct",
        "/m"
      ],
      "status": "unknown",
      "source": "\u041D\u0435\u0442 \u0432 \u043F\u0435\u0440\u0435\u0447\u043D\u0435 \u0420\u043E\u0441\u043A\u043E\u043C\u043D\u0430\u0434\u0437\u043E\u0440\u0430 \u043F\u043E \u0447. 8 \u0441\u0442. 10 149-\u0424\u0417; \u0432\u043B\u0430\u0434\u0435\u043B\u0435\u0446 (Meta) \u043F\u0440\u0438\u0437\u043D\u0430\u043D \u0432 \u0420\u0424 \u044D\u043A\u0441\u0442\u0440\u0435\u043C\u0438\u0441\u0442\u0441\u043A\u043E\u0439 \u043E\u0440\u0433\u0430\u043D\u0438\u0437\u0430\u0446\u0438\u0435\u0439, \u0434\u043E\u0441\u0442\u0443\u043F \u043A Instagram \u043E\u0433\u0440\u0430\u043D\u0438\u0447\u0435\u043D \u2014 \u0440\u0435\u0448\u0435\u043D\u0438\u0435 \u0437\u0430 \u0448\u043A\u043E\u043B\u043E\u0439 \u0438\u043B\u0438 \u0440\u0435\u0433\u0438\u043E\u043D\u043E\u043C"
    },
    {
      "id": "sferum",
      "name": {
        "ru": "\u0418\u041A\u041E\u041F \xAB\u0421\u0444\u0435\u0440\u0443\u043C\xBB",
        "en": "Sferum"
      },
      "aliases": [
        "\u0421\u0444\u0435\u0440\u0443\u043C",
        "Sferum",
        "Spherum",
        "\u0421\u0444\u0435\u0440\u0440\u0443\u043C",
        "\u0421\u0444\u0438\u0440\u0443\u043C",
        "\u0421\u0444\u0435\u0440\u0438\u0443\u043C",
        "\u0418\u041A\u041E\u041F \u0421\u0444\u0435\u0440\u0443\u043C",
        "\u0421\u0444\u0435\u0440\u0443\u043C VK",
        "\u0421\u0444\u0435\u0440\u0443\u043C \u0412\u041A",
        "VK \u0421\u0444\u0435\u0440\u0443\u043C",
        "\u0412\u041A \u0421\u0444\u0435\u0440\u0443\u043C",
        "\u0423\u0447\u0435\u0431\u043D\u044B\u0439 \u043F\u0440\u043E\u0444\u0438\u043B\u044C \u0421\u0444\u0435\u0440\u0443\u043C",
        "\u041F\u043B\u0430\u0442\u0444\u043E\u0440\u043C\u0430 \u0421\u0444\u0435\u0440\u0443\u043C"
      ],
      "domains": [
        "sferum.ru"
      ],
      "family": "vk",
      "status": "educational",
      "source": "\u041F\u043E\u043B\u043E\u0436\u0435\u043D\u0438\u0435, \u043F\u043F. 1.5, 2.1\u20132.6 (\u0418\u041A\u041E\u041F \xAB\u0421\u0444\u0435\u0440\u0443\u043C\xBB)"
    },
    {
      "id": "vk-messenger-edu",
      "name": {
        "ru": "\u0423\u0447\u0435\u0431\u043D\u044B\u0439 \u043F\u0440\u043E\u0444\u0438\u043B\u044C VK \u041C\u0435\u0441\u0441\u0435\u043D\u0434\u0436\u0435\u0440\u0430",
        "en": "VK Messenger educational profile"
      },
      "aliases": [
        "\u0423\u0447\u0435\u0431\u043D\u044B\u0439 \u043F\u0440\u043E\u0444\u0438\u043B\u044C",
        "\u0423\u0447\u0435\u0431\u043D\u044B\u0439 \u043F\u0440\u043E\u0444\u0438\u043B\u044C VK",
        "\u0423\u0447\u0435\u0431\u043D\u044B\u0439 \u043F\u0440\u043E\u0444\u0438\u043B\u044C \u0412\u041A",
        "\u0423\u0447\u0435\u0431\u043D\u044B\u0439 \u043F\u0440\u043E\u0444\u0438\u043B\u044C VK \u041C\u0435\u0441\u0441\u0435\u043D\u0434\u0436\u0435\u0440",
        "\u0423\u0447\u0435\u0431\u043D\u044B\u0439 \u043F\u0440\u043E\u0444\u0438\u043B\u044C \u0412\u041A \u041C\u0435\u0441\u0441\u0435\u043D\u0434\u0436\u0435\u0440",
        "VK \u041C\u0435\u0441\u0441\u0435\u043D\u0434\u0436\u0435\u0440 \u0443\u0447\u0435\u0431\u043D\u044B\u0439 \u043F\u0440\u043E\u0444\u0438\u043B\u044C",
        "\u0412\u041A \u041C\u0435\u0441\u0441\u0435\u043D\u0434\u0436\u0435\u0440 \u0443\u0447\u0435\u0431\u043D\u044B\u0439 \u043F\u0440\u043E\u0444\u0438\u043B\u044C",
        "VK \u041C\u0435\u0441\u0441\u0435\u043D\u0434\u0436\u0435\u0440 \u0443\u0447\u0435\u0431\u043D\u044B\u0439",
        "\u0412\u041A \u041C\u0435\u0441\u0441\u0435\u043D\u0434\u0436\u0435\u0440 \u0443\u0447\u0435\u0431\u043D\u044B\u0439",
        "VK \u0443\u0447\u0435\u0431\u043D\u044B\u0439",
        "\u0412\u041A \u0443\u0447\u0435\u0431\u043D\u044B\u0439",
        "\u0423\u0447\u0435\u0431\u043D\u044B\u0439 VK",
        "\u0423\u0447\u0435\u0431\u043D\u044B\u0439 \u0412\u041A",
        "\u0423\u0447\u0435\u0431\u043D\u044B\u0439 VK \u041C\u0435\u0441\u0441\u0435\u043D\u0434\u0436\u0435\u0440",
        "\u0423\u0447\u0435\u0431\u043D\u044B\u0439 \u0412\u041A \u041C\u0435\u0441\u0441\u0435\u043D\u0434\u0436\u0435\u0440",
        "VK Messenger educational profile",
        "VK Messenger education",
        "Educational profile"
      ],
      "domains": [],
      "family": "vk",
      "status": "educational",
      "source": "\u041F\u043E\u043B\u043E\u0436\u0435\u043D\u0438\u0435, \u043F\u043F. 1.5, 2.3\u20132.6 (\u0443\u0447\u0435\u0431\u043D\u044B\u0439 \u043F\u0440\u043E\u0444\u0438\u043B\u044C \u0432 VK \u041C\u0435\u0441\u0441\u0435\u043D\u0434\u0436\u0435\u0440\u0435)"
    },
    {
      "id": "vk",
      "name": {
        "ru": "\u0412\u041A\u043E\u043D\u0442\u0430\u043A\u0442\u0435 / VK \u041C\u0435\u0441\u0441\u0435\u043D\u0434\u0436\u0435\u0440 (\u043B\u0438\u0447\u043D\u044B\u0439 \u043F\u0440\u043E\u0444\u0438\u043B\u044C)",
        "en": "VK / VK Messenger (personal profile)"
      },
      "aliases": [
        "\u0412\u041A",
        "VK",
        "\u0412\u041A\u043E\u043D\u0442\u0430\u043A\u0442\u0435",
        "VKontakte",
        "\u0412\u043A\u043E\u043D\u0442\u0430\u043A\u0442",
        "\u0412\u041A \u041C\u0435\u0441\u0441\u0435\u043D\u0434\u0436\u0435\u0440",
        "VK \u041C\u0435\u0441\u0441\u0435\u043D\u0434\u0436\u0435\u0440",
        "VK Messenger",
        "VK Me",
        "\u041C\u0435\u0441\u0441\u0435\u043D\u0434\u0436\u0435\u0440 \u0412\u041A",
        "\u041C\u0435\u0441\u0441\u0435\u043D\u0434\u0436\u0435\u0440 VK",
        "\u0412\u041A \u043B\u0438\u0447\u043D\u044B\u0439",
        "\u041B\u0438\u0447\u043D\u044B\u0439 \u0412\u041A",
        "\u041B\u0438\u0447\u043D\u044B\u0439 \u043F\u0440\u043E\u0444\u0438\u043B\u044C \u0412\u041A",
        "\u0412\u041A \u043B\u0438\u0447\u043D\u044B\u0439 \u043F\u0440\u043E\u0444\u0438\u043B\u044C",
        "\u041B\u0438\u0447\u043D\u044B\u0439 \u043F\u0440\u043E\u0444\u0438\u043B\u044C VK"
      ],
      "domains": [
        "vk.com",
        "vk.ru",
        "vk.me",
        "vkontakte.ru"
      ],
      "schemes": [
        "vk:",
        "vkontakte:"
      ],
      "family": "vk",
      "status": "allowed",
      "source": "\u041F\u043E\u043B\u043E\u0436\u0435\u043D\u0438\u0435, \u043F. 1.5 (VK \u041C\u0435\u0441\u0441\u0435\u043D\u0434\u0436\u0435\u0440 \u2014 \u0440\u043E\u0441\u0441\u0438\u0439\u0441\u043A\u043E\u0435 \u043F\u0440\u0438\u043B\u043E\u0436\u0435\u043D\u0438\u0435); \u0434\u043B\u044F \u0432\u0437\u0430\u0438\u043C\u043E\u0434\u0435\u0439\u0441\u0442\u0432\u0438\u044F \u041F\u043E\u043B\u043E\u0436\u0435\u043D\u0438\u0435 \u0442\u0440\u0435\u0431\u0443\u0435\u0442 \u0443\u0447\u0435\u0431\u043D\u044B\u0439 \u043F\u0440\u043E\u0444\u0438\u043B\u044C (\u043F\u043F. 2.3\u20132.6), \u043B\u0438\u0447\u043D\u044B\u0439 \u043F\u0440\u043E\u0444\u0438\u043B\u044C \u0438\u043C \u043D\u0435 \u044F\u0432\u043B\u044F\u0435\u0442\u0441\u044F"
    },
    {
      "id": "max",
      "name": {
        "ru": "MAX (\u043D\u0430\u0446\u0438\u043E\u043D\u0430\u043B\u044C\u043D\u044B\u0439 \u043C\u0435\u0441\u0441\u0435\u043D\u0434\u0436\u0435\u0440)",
        "en": "MAX (national messenger)"
      },
      "aliases": [
        "MAX",
        "MAX \u043C\u0435\u0441\u0441\u0435\u043D\u0434\u0436\u0435\u0440",
        "\u041C\u0435\u0441\u0441\u0435\u043D\u0434\u0436\u0435\u0440 MAX",
        "\u041C\u0430\u043A\u0441",
        "\u041C\u0430\u0445",
        "\u041C\u0435\u0441\u0441\u0435\u043D\u0434\u0436\u0435\u0440 \u041C\u0430\u043A\u0441",
        "\u041C\u0430\u043A\u0441 \u043C\u0435\u0441\u0441\u0435\u043D\u0434\u0436\u0435\u0440",
        "\u041D\u0430\u0446\u0438\u043E\u043D\u0430\u043B\u044C\u043D\u044B\u0439 \u043C\u0435\u0441\u0441\u0435\u043D\u0434\u0436\u0435\u0440",
        "\u0413\u043E\u0441\u043C\u0435\u0441\u0441\u0435\u043D\u0434\u0436\u0435\u0440"
      ],
      "notAliases": [
        "\u043C\u0430\u0445\u043E\u043C"
      ],
      "domains": [
        "max.ru"
      ],
      "status": "allowed",
      "source": "\u0420\u043E\u0441\u0441\u0438\u0439\u0441\u043A\u0438\u0439 \u043D\u0430\u0446\u0438\u043E\u043D\u0430\u043B\u044C\u043D\u044B\u0439 \u043C\u0435\u0441\u0441\u0435\u043D\u0434\u0436\u0435\u0440; \u043D\u0435 \u0432 \u043F\u0435\u0440\u0435\u0447\u043D\u0435 \u0420\u043E\u0441\u043A\u043E\u043C\u043D\u0430\u0434\u0437\u043E\u0440\u0430, \u043D\u043E \u0438 \u043D\u0435 \u0443\u0447\u0435\u0431\u043D\u044B\u0439 \u043F\u0440\u043E\u0444\u0438\u043B\u044C VK \u041C\u0435\u0441\u0441\u0435\u043D\u0434\u0436\u0435\u0440\u0430"
    },
    {
      "id": "eschool",
      "name": {
        "ru": "\u042D\u043B\u0435\u043A\u0442\u0440\u043E\u043D\u043D\u0430\u044F \u0448\u043A\u043E\u043B\u0430 / \u044D\u043B\u0435\u043A\u0442\u0440\u043E\u043D\u043D\u044B\u0439 \u0434\u043D\u0435\u0432\u043D\u0438\u043A (\u0441\u043E\u043E\u0431\u0449\u0435\u043D\u0438\u044F)",
        "en": "E-school system / e-diary (messages)"
      },
      "aliases": [
        "\u042D\u043B\u0435\u043A\u0442\u0440\u043E\u043D\u043D\u0430\u044F \u0448\u043A\u043E\u043B\u0430",
        "\u0413\u0418\u0421 \u042D\u043B\u0435\u043A\u0442\u0440\u043E\u043D\u043D\u0430\u044F \u0448\u043A\u043E\u043B\u0430",
        "\u0413\u0418\u0421 \u042D\u0428",
        "\u042D\u0428",
        "\u042D\u0428 \u041D\u0421\u041E",
        "\u042D\u043B\u0435\u043A\u0442\u0440\u043E\u043D\u043D\u044B\u0439 \u0434\u043D\u0435\u0432\u043D\u0438\u043A",
        "\u042D\u043B\u0435\u043A\u0442\u0440\u043E\u043D\u043D\u044B\u0439 \u0436\u0443\u0440\u043D\u0430\u043B",
        "\u042D\u043B \u0436\u0443\u0440\u043D\u0430\u043B",
        "\u042D\u043B \u0434\u043D\u0435\u0432\u043D\u0438\u043A",
        "\u042D\u043B\u0416\u0443\u0440",
        "\u0414\u043D\u0435\u0432\u043D\u0438\u043A.\u0440\u0443",
        "Dnevnik.ru",
        "\u0421\u0435\u0442\u0435\u0432\u043E\u0439 \u0433\u043E\u0440\u043E\u0434",
        "\u041C\u042D\u0428",
        "\u041C\u043E\u0441\u043A\u043E\u0432\u0441\u043A\u0430\u044F \u044D\u043B\u0435\u043A\u0442\u0440\u043E\u043D\u043D\u0430\u044F \u0448\u043A\u043E\u043B\u0430"
      ],
      "domains": [
        "dnevnik.ru",
        "school.mos.ru"
      ],
      "status": "allowed",
      "source": "\u0420\u0435\u0433\u0438\u043E\u043D\u0430\u043B\u044C\u043D\u0430\u044F \u0441\u0438\u0441\u0442\u0435\u043C\u0430 \xAB\u042D\u043B\u0435\u043A\u0442\u0440\u043E\u043D\u043D\u0430\u044F \u0448\u043A\u043E\u043B\u0430\xBB (\u041F\u043E\u043B\u043E\u0436\u0435\u043D\u0438\u0435, \u043F\u043F. 2.3\u20132.6) \u2014 \u0440\u043E\u0441\u0441\u0438\u0439\u0441\u043A\u0430\u044F, \u0440\u0430\u0437\u0440\u0435\u0448\u0435\u043D\u0430, \u043D\u043E \u043D\u0435 \u0443\u0447\u0435\u0431\u043D\u044B\u0439 \u043F\u0440\u043E\u0444\u0438\u043B\u044C"
    },
    {
      "id": "email",
      "name": {
        "ru": "\u042D\u043B\u0435\u043A\u0442\u0440\u043E\u043D\u043D\u0430\u044F \u043F\u043E\u0447\u0442\u0430",
        "en": "E-mail"
      },
      "aliases": [
        "E-mail",
        "Email",
        "\u042D\u043B\u0435\u043A\u0442\u0440\u043E\u043D\u043D\u0430\u044F \u043F\u043E\u0447\u0442\u0430",
        "\u042D\u043B \u043F\u043E\u0447\u0442\u0430",
        "\u041F\u043E\u0447\u0442\u0430",
        "\u0415\u043C\u0435\u0439\u043B",
        "\u0415\u043C\u044D\u0439\u043B",
        "\u0418\u043C\u0435\u0439\u043B",
        "\u0418\u043C\u044D\u0439\u043B",
        "\u041C\u0435\u0439\u043B",
        "\u041C\u044B\u043B\u043E",
        "\u0420\u0430\u0441\u0441\u044B\u043B\u043A\u0430 \u043F\u043E \u043F\u043E\u0447\u0442\u0435"
      ],
      "schemes": [
        "mailto:"
      ],
      "domains": [],
      "status": "allowed",
      "source": "\u041D\u0435 \u043C\u0435\u0441\u0441\u0435\u043D\u0434\u0436\u0435\u0440 \u0438\u0437 \u043F\u0435\u0440\u0435\u0447\u043D\u044F \u0420\u043E\u0441\u043A\u043E\u043C\u043D\u0430\u0434\u0437\u043E\u0440\u0430; \u043D\u0435 \u0443\u0447\u0435\u0431\u043D\u044B\u0439 \u043F\u0440\u043E\u0444\u0438\u043B\u044C"
    },
    {
      "id": "phone",
      "name": {
        "ru": "\u0422\u0435\u043B\u0435\u0444\u043E\u043D / \u0421\u041C\u0421",
        "en": "Phone call / SMS"
      },
      "aliases": [
        "\u0422\u0435\u043B\u0435\u0444\u043E\u043D",
        "\u0417\u0432\u043E\u043D\u043E\u043A",
        "\u0417\u0432\u043E\u043D\u043A\u0438",
        "\u0417\u0432\u043E\u043D\u043A\u043E\u043C",
        "\u0417\u0432\u043E\u043D\u043A\u0443",
        "\u0422\u0435\u043B\u0435\u0444\u043E\u043D\u043D\u044B\u0439 \u0437\u0432\u043E\u043D\u043E\u043A",
        "\u041C\u043E\u0431\u0438\u043B\u044C\u043D\u044B\u0439 \u0442\u0435\u043B\u0435\u0444\u043E\u043D",
        "\u0421\u043E\u0442\u043E\u0432\u044B\u0439",
        "\u0421\u041C\u0421",
        "SMS",
        "\u0421\u043C\u0441\u043A\u0430",
        "\u042D\u0441\u044D\u043C\u044D\u0441",
        "Phone"
      ],
      "schemes": [
        "tel:",
        "sms:"
      ],
      "domains": [],
      "status": "allowed",
      "source": "\u041D\u0435 \u043C\u0435\u0441\u0441\u0435\u043D\u0434\u0436\u0435\u0440 \u0438\u0437 \u043F\u0435\u0440\u0435\u0447\u043D\u044F \u0420\u043E\u0441\u043A\u043E\u043C\u043D\u0430\u0434\u0437\u043E\u0440\u0430; \u043D\u0435 \u0443\u0447\u0435\u0431\u043D\u044B\u0439 \u043F\u0440\u043E\u0444\u0438\u043B\u044C"
    },
    {
      "id": "in-person",
      "name": {
        "ru": "\u041B\u0438\u0447\u043D\u043E (\u043E\u0447\u043D\u043E)",
        "en": "In person"
      },
      "aliases": [
        "\u041B\u0438\u0447\u043D\u043E",
        "\u041E\u0447\u043D\u043E",
        "\u0423\u0441\u0442\u043D\u043E",
        "\u041B\u0438\u0447\u043D\u0430\u044F \u0432\u0441\u0442\u0440\u0435\u0447\u0430",
        "\u041E\u0447\u043D\u0430\u044F \u0432\u0441\u0442\u0440\u0435\u0447\u0430",
        "\u041E\u0447\u043D\u043E\u0435 \u0441\u043E\u0431\u0440\u0430\u043D\u0438\u0435",
        "\u0412 \u0448\u043A\u043E\u043B\u0435"
      ],
      "domains": [],
      "status": "allowed",
      "source": "\u041E\u0447\u043D\u043E\u0435 \u043E\u0431\u0449\u0435\u043D\u0438\u0435; \u043D\u0435 \u043C\u0435\u0441\u0441\u0435\u043D\u0434\u0436\u0435\u0440 \u0438\u0437 \u043F\u0435\u0440\u0435\u0447\u043D\u044F \u0420\u043E\u0441\u043A\u043E\u043C\u043D\u0430\u0434\u0437\u043E\u0440\u0430 \u0438 \u043D\u0435 \u0443\u0447\u0435\u0431\u043D\u044B\u0439 \u043F\u0440\u043E\u0444\u0438\u043B\u044C"
    }
  ]
};

// src/messengers/default-registry.ts
function deepFreeze(value) {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
var bundled = deepFreeze(DEFAULT_REGISTRY);
function defaultRegistry() {
  return bundled;
}

// src/messengers/find-links.ts
var PIECE = /[^\s,;«»"'()<>[\]{}|]+/gu;
var TRAILING = /[.,:;!?…]+$/u;
var SCHEME = /^([a-z][a-z0-9+.-]*):(.*)$/s;
var EMAIL = /^[^@\s/]+@((?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}{2,63})$/u;
var BARE_HOST = /^((?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+(\p{L}{2,63}))(?::\d{1,5})?([/?#].*)?$/u;
var COMMON_TLDS = /* @__PURE__ */ new Set([
  "ru",
  "su",
  "\u0440\u0444",
  "\u0440\u0443\u0441",
  "com",
  "org",
  "net",
  "info",
  "me",
  "gg",
  "io",
  "edu",
  "gov",
  "app",
  "dog",
  "id",
  "ly",
  "co",
  "to",
  "us",
  "link",
  "site",
  "online",
  "pro",
  "biz",
  "club",
  "online",
  "\u043E\u043D\u043B\u0430\u0439\u043D",
  "\u0441\u0430\u0439\u0442",
  "\u043C\u043E\u0441\u043A\u0432\u0430",
  "moscow",
  "spb",
  "school",
  "ch",
  "de",
  "uk",
  "kz",
  "by",
  "ua",
  "uz"
]);
function hostEntry(host, idx) {
  let h = host;
  for (; ; ) {
    const hit = idx.domains.get(h);
    if (hit !== void 0) return hit;
    const dot = h.indexOf(".");
    if (dot < 0) return void 0;
    h = h.slice(dot + 1);
  }
}
function pathAllowed(path, prefixes) {
  if (!prefixes || prefixes.length === 0) return true;
  const p = path === "" ? "/" : path;
  return prefixes.some((pre) => {
    const q = pre.toLowerCase();
    if (q.endsWith("/")) return p.startsWith(q);
    return p === q || p.startsWith(q + "/");
  });
}
function webHit(host, rest, idx) {
  const clean = host.replace(/\.$/, "");
  const entry = hostEntry(clean, idx);
  if (entry === void 0) return { evidence: clean };
  const path = (rest.match(/^[^?#]*/)?.[0] ?? "").replace(/\/{2,}/g, "/");
  if (!pathAllowed(path, idx.entries[entry]?.linkPaths)) return { evidence: clean };
  return { entry, evidence: clean };
}
function parseAuthority(afterSlashes) {
  const end = afterSlashes.search(/[/?#]/);
  const authority = end < 0 ? afterSlashes : afterSlashes.slice(0, end);
  const rest = end < 0 ? "" : afterSlashes.slice(end);
  const noUser = authority.slice(authority.lastIndexOf("@") + 1);
  const host = noUser.replace(/:\d*$/, "");
  return { host, rest };
}
function classify(piece, idx) {
  const scheme = SCHEME.exec(piece);
  if (scheme) {
    const name = scheme[1];
    const rest = scheme[2];
    if (rest.startsWith("//")) {
      const { host, rest: path } = parseAuthority(rest.slice(2));
      if (name === "http" || name === "https") return webHit(host, path, idx);
      const entry2 = idx.schemes.get(name + ":");
      if (entry2 !== void 0) return { entry: entry2, evidence: name + ":" };
      return { evidence: name + ":" };
    }
    const entry = idx.schemes.get(name + ":");
    if (entry !== void 0 && rest.length > 0) return { entry, evidence: name + ":" };
  }
  const email = EMAIL.exec(piece);
  if (email) {
    const entry = idx.schemes.get("mailto:");
    return entry === void 0 ? { evidence: "mailto:" } : { entry, evidence: "mailto:" };
  }
  const bare = BARE_HOST.exec(piece);
  if (bare && !bare[1].split(".").some((l) => /[a-z]/.test(l) && /[\u0400-\u04ff]/.test(l))) {
    const host = bare[1];
    const tld = bare[2];
    const rest = bare[3] ?? "";
    const looksLikeLink = host.startsWith("www.") || rest.length > 0 || COMMON_TLDS.has(tld) || hostEntry(host, idx) !== void 0;
    if (looksLikeLink) return webHit(host, rest, idx);
  }
  return void 0;
}
function findLinks(prepared, idx) {
  const hits = [];
  if (!/[.:@]/.test(prepared)) return hits;
  for (const m of prepared.matchAll(PIECE)) {
    const raw = m[0];
    if (!/[.:@]/.test(raw)) continue;
    const piece = raw.replace(TRAILING, "");
    if (piece.length === 0) continue;
    const hit = classify(piece, idx);
    if (hit) hits.push({ ...hit, start: m.index, end: m.index + piece.length });
  }
  return hits;
}

// src/messengers/normalize-platform.ts
var RANK = {
  prohibited: 4,
  unknown: 3,
  educational: 2,
  allowed: 1
};
function rankOf(c, entries) {
  return RANK[entries[c.entry].status];
}
function pickBest(cands, entries) {
  let best;
  for (const c of cands) {
    if (!best || rankOf(c, entries) > rankOf(best, entries)) best = c;
  }
  return best;
}
var BARRIER = "\0";
function textCandidates(words, idx, out) {
  const canonWords = words.map((w) => idx.canon.get(w) ?? w);
  const n2 = words.length;
  let i = 0;
  while (i < n2) {
    if (words[i] === BARRIER) {
      i++;
      continue;
    }
    let matched = 0;
    for (let k = Math.min(idx.maxWords, n2 - i); k >= 1 && matched === 0; k--) {
      let hasBarrier = false;
      for (let j = i; j < i + k; j++) if (words[j] === BARRIER) hasBarrier = true;
      if (hasBarrier) continue;
      const phrase = k === 1 ? canonWords[i] : canonWords.slice(i, i + k).join(" ");
      let hit = idx.phrases.get(phrase);
      let evidence = phrase;
      if (hit === void 0) {
        const joined = k === 1 ? words[i] : words.slice(i, i + k).join("");
        if (k === 1 || joined.length >= MIN_JOINED_LENGTH) {
          const asWord = idx.canon.get(joined);
          hit = (asWord !== void 0 ? idx.phrases.get(asWord) : void 0) ?? idx.compact.get(joined);
          evidence = joined;
        }
      }
      if (hit !== void 0) {
        out.push({ entry: hit, by: "alias", evidence, pos: out.length });
        matched = k;
      }
    }
    i += matched > 0 ? matched : 1;
  }
}
function collect(text2, idx, out, words) {
  const prepared = prepareText(text2);
  const links = findLinks(prepared, idx);
  let rest = prepared;
  if (links.length > 0) {
    let cut = "";
    let from = 0;
    for (const l of links) {
      cut += prepared.slice(from, l.start) + ` ${BARRIER} `;
      from = l.end;
      if (l.entry !== void 0) out.push({ entry: l.entry, by: "link", evidence: l.evidence, pos: out.length });
    }
    rest = cut + prepared.slice(from);
  }
  if (!words) return;
  const ws = splitWordsKeepingBarrier(rest).map((w) => w === BARRIER ? w : foldHomoglyphs(w, idx.isKnownWord));
  textCandidates(ws, idx, out);
}
function splitWordsKeepingBarrier(text2) {
  if (!text2.includes(BARRIER)) return splitWords(text2);
  const out = [];
  const parts = text2.split(BARRIER);
  parts.forEach((p, i) => {
    if (i > 0) out.push(BARRIER);
    append(out, splitWords(p));
  });
  return out;
}
function normalizePlatform(platform, link, registry) {
  const input = typeof platform === "string" ? platform : String(platform ?? "");
  const idx = registryIndex(registry);
  const entries = idx.entries;
  const textCands = [];
  const idHit = idx.ids.get(input.trim().toLowerCase());
  if (idHit !== void 0) textCands.push({ entry: idHit, by: "id", evidence: input.trim().toLowerCase(), pos: 0 });
  else collect(input, idx, textCands, true);
  const linkCands = [];
  if (typeof link === "string" && link.trim() !== "") {
    collect(link, idx, linkCands, false);
  }
  const textLinks = textCands.filter((c) => c.by === "link");
  const textWords = textCands.filter((c) => c.by !== "link");
  const allLinks = [...linkCands, ...textLinks];
  const t = pickBest(textWords, entries);
  const l = pickBest(allLinks, entries);
  const winner = decide(t, l, entries);
  const named = [];
  for (const c of [...textCands, ...linkCands]) {
    const id = entries[c.entry].id;
    if (!named.includes(id)) named.push(id);
  }
  if (!winner) return { input, status: "unknown", matchedBy: "none" };
  const entry = entries[winner.entry];
  const also = named.filter((id) => id !== entry.id);
  const match = { input, entry, status: entry.status, matchedBy: winner.by, evidence: winner.evidence };
  if (also.length > 0) match.alsoNamed = also;
  return match;
}
function decide(t, l, entries) {
  if (!t) return l;
  if (!l) return t;
  const te = entries[t.entry];
  const le = entries[l.entry];
  if (le.status === "prohibited") return l;
  if (te.status === "prohibited") return t;
  const sameFamily = (te.family ?? te.id) === (le.family ?? le.id);
  if (sameFamily) return RANK[te.status] > RANK[le.status] ? t : l;
  return l;
}

// ../../tmp/t16/bench-load.ts
var SCHOOL = "school: { name: \u0428, region: \u0420, municipality: \u041C }\n";
var time = async (name, f) => {
  const t = performance.now();
  let r;
  try {
    r = await f();
  } catch (e) {
    r = "THROW " + e.message;
  }
  console.log(name, (performance.now() - t).toFixed(0), "ms", typeof r === "string" ? r.slice(0, 80) : r?.diagnostics?.length ?? "");
};
var n = Number(process.argv[2] ?? 1e4);
var which = process.argv[3] ?? "";
var load = (files) => loadSchool("s.yaml", createMemoryFileReader(files));
if (!which || which === "json") await time("json dup keys", () => load({ "s.yaml": '{"school":{"name":"a","region":"b","municipality":"c"},' + '"x":1,'.repeat(n) + '"y":1}' }));
if (!which || which === "proto") await time("yaml __proto__", () => load({ "s.yaml": SCHOOL + Array.from({ length: n }, (_, i) => `__proto__${i % 2 ? "" : ""}: 1`).join("\n") }));
if (!which || which === "csv") await time("csv bad rows", () => load({ "s.yaml": SCHOOL + "people: { file: p.csv }\n", "p.csv": "id;\u0424\u0418\u041E;\u0420\u043E\u043B\u0438;\u041F\u0440\u043E\u0444\u0438\u043B\u044C \u0441\u043E\u0437\u0434\u0430\u043D;\u0421\u0432\u044F\u0437\u044C \u0441 \u042D\u0428\n" + "x;y;zzz;maybe;no\n".repeat(n) }));
if (!which || which === "plat") {
  for (const s of [".", " ", "-", "a.", "a ", "http://", "ab", "..a", "\u0432\u043A", "t.me/", "@"]) await time("platform " + JSON.stringify(s), () => normalizePlatform(s.repeat(Math.ceil(n / s.length)), defaultRegistry()));
}
if (!which || which === "chan") await time("channel csv platform dots", () => load({ "s.yaml": SCHOOL + "channels: { file: c.csv }\n", "c.csv": "\u0418\u0414;\u041D\u0430\u0437\u0432\u0430\u043D\u0438\u0435;\u041F\u043B\u0430\u0442\u0444\u043E\u0440\u043C\u0430;\u0412\u0438\u0434\nc1;x;" + ".".repeat(n) + ";class_chat\n" }));
