import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar2(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias2;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap2;
    exports.isNode = isNode;
    exports.isPair = isPair2;
    exports.isScalar = isScalar2;
    exports.isSeq = isSeq2;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path2) {
      const ctrl = callVisitor(key, node, visitor, path2);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path2, ctrl);
        return visit_(key, ctrl, visitor, path2);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path2 = Object.freeze(path2.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path2);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path2 = Object.freeze(path2.concat(node));
          const ck = visit_("key", node.key, visitor, path2);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path2);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path2) {
      const ctrl = await callVisitor(key, node, visitor, path2);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path2, ctrl);
        return visitAsync_(key, ctrl, visitor, path2);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path2 = Object.freeze(path2.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path2);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path2 = Object.freeze(path2.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path2);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path2);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path2) {
      if (typeof visitor === "function")
        return visitor(key, node, path2);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path2);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path2);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path2);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path2);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path2);
      return void 0;
    }
    function replaceNode(key, path2, node) {
      const parent = path2[path2.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar2 = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar2.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar2.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar2.PLAIN = "PLAIN";
    Scalar2.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar2.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar2;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar2.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar2.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path2, value) {
      let v = value;
      for (let i = path2.length - 1; i >= 0; --i) {
        const k = path2[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path2) => path2 == null || typeof path2 === "object" && !!path2[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path2, value) {
        if (isEmptyPath(path2))
          this.add(value);
        else {
          const [key, ...rest] = path2;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path2) {
        const [key, ...rest] = path2;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path2, keepScalar) {
        const [key, ...rest] = path2;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path2) {
        const [key, ...rest] = path2;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path2, value) {
        const [key, ...rest] = path2;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar2.Scalar.BLOCK_FOLDED ? false : type === Scalar2.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar2.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar2.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar2.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar2.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar2.Scalar.BLOCK_FOLDED:
          case Scalar2.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar2.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar2.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar2.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar2.Scalar.BLOCK_FOLDED || key.type === Scalar2.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar2.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar2.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair2(k, v);
    }
    var Pair2 = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair2;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair2 = require_Pair();
    var Scalar2 = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap2 = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair2.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair2.Pair(pair, pair?.value);
        } else
          _pair = new Pair2.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar2.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair2.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap2;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap2 = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap2.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap2.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar2.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar2.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar2.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar2.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar2.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar2.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar2 = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar2.Scalar.BLOCK_LITERAL);
        if (type !== Scalar2.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar2.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair2 = require_Pair();
    var Scalar2 = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair2.Pair(new Scalar2.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair2.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair2.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap2 = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap2.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap2.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap2.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap2.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap2.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar2.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar2.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar2.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair2 = require_Pair();
    var YAMLMap2 = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap2.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair2.Pair(key.key, null);
        else
          pair = new Pair2.Pair(key, null);
        const prev = YAMLMap2.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap2.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap2.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair2.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair2.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair2 = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path2, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path2, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair2.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path2) {
        if (Collection.isEmptyPath(path2)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path2) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path2, keepScalar) {
        if (Collection.isEmptyPath(path2))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path2, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path2) {
        if (Collection.isEmptyPath(path2))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path2) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path2, value) {
        if (Collection.isEmptyPath(path2)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path2), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path2, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "…" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "…";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "…\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair2 = require_Pair();
    var YAMLMap2 = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap2.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair2.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair2.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep + cb;
              sep = "";
              break;
            }
            case "newline":
              if (comment)
                sep += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair2 = require_Pair();
    var YAMLMap2 = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap2 = fc.start.source === "{";
      const fcName = isMap2 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap2.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap2 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap2 && !sep && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap2 && !props.found && ctx.options.strict) {
              if (sep)
                for (const st of sep) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair2.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap2) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap2.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap2 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var YAMLMap2 = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap2.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar2.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar2.Scalar.BLOCK_FOLDED : Scalar2.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar2.Scalar.BLOCK_LITERAL) {
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep === " ")
            sep = "\n";
          else if (!prevMoreIndented && sep === "\n")
            sep = "\n\n";
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep === "\n")
            value += "\n";
          else
            sep = "\n";
        } else {
          value += sep + content;
          sep = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar2.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar2.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar2.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep === "\n")
            res += sep;
          else
            sep = "\n";
        } else {
          res += sep + lm;
          sep = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "",
      // Unicode next line
      _: " ",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar2.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar2.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep)
        for (const st of sep)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path2) => {
      let item = cst;
      for (const [field2, index] of path2) {
        const tok = item?.[field2];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path2) => {
      const parent = visit.itemAtPath(cst, path2.slice(0, -1));
      const field2 = path2[path2.length - 1][0];
      const coll = parent?.[field2];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path2, item, visitor) {
      let ctrl = visitor(item, path2);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field2 of ["key", "value"]) {
        const token = item[field2];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path2.concat([[field2, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field2 === "key")
            ctrl = ctrl(item, path2);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path2) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar2 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar2;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser4 = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep;
          if (scalar.end) {
            sep = scalar.end;
            sep.push(this.sourceToken);
            delete scalar.end;
          } else
            sep = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep = it.sep;
                  sep.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser4;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments2;
    exports.parseDocument = parseDocument;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair2 = require_Pair();
    var Scalar2 = require_Scalar();
    var YAMLMap2 = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair2.Pair;
    exports.Scalar = Scalar2.Scalar;
    exports.YAMLMap = YAMLMap2.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// src/parallel/read-worker.ts
import { parentPort, workerData } from "node:worker_threads";

// src/formats/access.ts
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function field(value, key) {
  if (!isObject(value) || !Object.prototype.hasOwnProperty.call(value, key)) return void 0;
  return value[key];
}
function path(value, keys) {
  let current = value;
  for (const key of keys) current = field(current, key);
  return current;
}
function asObject(value) {
  return isObject(value) ? value : void 0;
}
function asArray(value) {
  return Array.isArray(value) ? value : void 0;
}
function asString(value) {
  return typeof value === "string" ? value : void 0;
}
function asNumber(value) {
  return typeof value === "number" && Number.isFinite(value) ? value : void 0;
}
function asBoolean(value) {
  return typeof value === "boolean" ? value : void 0;
}

// src/core/units.ts
var UNIT_SECONDS = { ms: 1e-3, s: 1, m: 60, h: 3600, d: 86400 };
function parseDuration(value) {
  if (typeof value === "number") return Number.isFinite(value) && value >= 0 ? value : void 0;
  if (typeof value !== "string") return void 0;
  const text = value.trim();
  if (/^\d+(?:\.\d+)?$/.test(text)) return Number(text);
  const iso = /^P(?:(\d+)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/i.exec(
    text
  );
  if (iso && text.length > 1 && !/T$/i.test(text)) {
    const [, d, h, m, s] = iso;
    return Number(d ?? 0) * 86400 + Number(h ?? 0) * 3600 + Number(m ?? 0) * 60 + Number(s ?? 0);
  }
  const parts = text.match(/(\d+(?:\.\d+)?)(ms|s|m|h|d)/g);
  if (!parts || parts.join("") !== text) return void 0;
  let total = 0;
  for (const part of parts) {
    const [, amount, unit] = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)$/.exec(part) ?? [];
    total += Number(amount) * (UNIT_SECONDS[unit ?? "s"] ?? 1);
  }
  return total;
}
function formatDuration(seconds) {
  if (seconds === 0) return "0s";
  const h = Math.floor(seconds / 3600);
  const m = Math.floor(seconds % 3600 / 60);
  const s = Math.round(seconds % 60);
  return `${h ? `${h}h` : ""}${m ? `${m}m` : ""}${s ? `${s}s` : ""}`;
}

// src/formats/plan-id.ts
function planId(format, kind, doc, name) {
  const resolvedName = name ?? asString(path(doc.value, ["metadata", "name"]));
  if (resolvedName === void 0 || resolvedName === "") return `${format}:${kind}:${doc.file}#${doc.index}`;
  const namespace = asString(path(doc.value, ["metadata", "namespace"])) ?? "";
  return `${format}:${kind}:${namespace}/${resolvedName}`;
}

// src/formats/field-text.ts
function fieldPath(at) {
  return at.reduce(
    (text, segment) => typeof segment === "number" ? `${text}[${segment}]` : text === "" ? segment : `${text}.${segment}`,
    ""
  );
}
function describeValue(value) {
  if (value === void 0) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a map";
  if (typeof value === "string") return "a string";
  return String(value);
}
function clip(text, max = 60) {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

// node_modules/re2js/build/index.js
var RE2Flags = class RE2Flags2 {
  static FOLD_CASE = 1;
  static LITERAL = 2;
  static CLASS_NL = 4;
  static DOT_NL = 8;
  static ONE_LINE = 16;
  static NON_GREEDY = 32;
  static PERL_X = 64;
  static UNICODE_GROUPS = 128;
  static WAS_DOLLAR = 256;
  static LOOKBEHIND = 512;
  static MATCH_NL = RE2Flags2.CLASS_NL | RE2Flags2.DOT_NL;
  static PERL = RE2Flags2.CLASS_NL | RE2Flags2.ONE_LINE | RE2Flags2.PERL_X | RE2Flags2.UNICODE_GROUPS;
  static POSIX = 0;
  static UNANCHORED = 0;
  static ANCHOR_START = 1;
  static ANCHOR_BOTH = 2;
};
var PublicFlags = {
  CASE_INSENSITIVE: 1,
  DOTALL: 2,
  MULTILINE: 4,
  DISABLE_UNICODE_GROUPS: 8,
  LONGEST_MATCH: 16,
  LOOKBEHINDS: 512
};
var ASCII_SIZE = 128;
var ASCII_TO_UPPER = new Int32Array(ASCII_SIZE);
var ASCII_TO_LOWER = new Int32Array(ASCII_SIZE);
var MAX_BMP = 65535;
for (let i = 0; i < ASCII_SIZE; i++) {
  if (i >= 97 && i <= 122) ASCII_TO_UPPER[i] = i - 32;
  else ASCII_TO_UPPER[i] = i;
  if (i >= 65 && i <= 90) ASCII_TO_LOWER[i] = i + 32;
  else ASCII_TO_LOWER[i] = i;
}
var Codepoint = class {
  static CODES = Object.freeze({
    "\x07": 7,
    "\b": 8,
    "	": 9,
    "\n": 10,
    "\v": 11,
    "\f": 12,
    "\r": 13,
    " ": 32,
    '"': 34,
    $: 36,
    "&": 38,
    "'": 39,
    "(": 40,
    ")": 41,
    "*": 42,
    "+": 43,
    "-": 45,
    ".": 46,
    0: 48,
    1: 49,
    2: 50,
    3: 51,
    4: 52,
    5: 53,
    6: 54,
    7: 55,
    8: 56,
    9: 57,
    ":": 58,
    "<": 60,
    ">": 62,
    "?": 63,
    A: 65,
    B: 66,
    C: 67,
    F: 70,
    P: 80,
    Q: 81,
    U: 85,
    Z: 90,
    "[": 91,
    "\\": 92,
    "]": 93,
    "^": 94,
    _: 95,
    "`": 96,
    a: 97,
    b: 98,
    f: 102,
    i: 105,
    m: 109,
    n: 110,
    r: 114,
    s: 115,
    t: 116,
    v: 118,
    x: 120,
    z: 122,
    "{": 123,
    "|": 124,
    "}": 125
  });
  static toUpperCase(codepoint) {
    if (codepoint < ASCII_SIZE) return ASCII_TO_UPPER[codepoint];
    const s = String.fromCodePoint(codepoint).toUpperCase();
    const expectedLen = s.codePointAt(0) > MAX_BMP ? 2 : 1;
    if (s.length > expectedLen) return codepoint;
    const sOrigin = String.fromCodePoint(s.codePointAt(0)).toLowerCase();
    const originExpectedLen = sOrigin.codePointAt(0) > MAX_BMP ? 2 : 1;
    if (sOrigin.length > originExpectedLen || sOrigin.codePointAt(0) !== codepoint) return codepoint;
    return s.codePointAt(0);
  }
  static toLowerCase(codepoint) {
    if (codepoint < ASCII_SIZE) return ASCII_TO_LOWER[codepoint];
    const s = String.fromCodePoint(codepoint).toLowerCase();
    const expectedLen = s.codePointAt(0) > MAX_BMP ? 2 : 1;
    if (s.length > expectedLen) return codepoint;
    const sOrigin = String.fromCodePoint(s.codePointAt(0)).toUpperCase();
    const originExpectedLen = sOrigin.codePointAt(0) > MAX_BMP ? 2 : 1;
    if (sOrigin.length > originExpectedLen || sOrigin.codePointAt(0) !== codepoint) return codepoint;
    return s.codePointAt(0);
  }
};
var UnicodeRangeTable = class {
  /**
  * @param {Uint32Array | number[]} data
  * @param {boolean} isStride1
  */
  constructor(data, isStride1 = false) {
    this.data = data;
    this.isStride1 = isStride1;
    this.SIZE = isStride1 ? 2 : 3;
  }
  getLo(index) {
    return this.data[index * this.SIZE];
  }
  getHi(index) {
    return this.data[index * this.SIZE + 1];
  }
  getStride(index) {
    return this.isStride1 ? 1 : this.data[index * this.SIZE + 2];
  }
  get length() {
    return this.data.length / this.SIZE;
  }
};
var B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-";
var B64_MAP = /* @__PURE__ */ new Uint8Array(256);
for (let i = 0; i < 64; i++) B64_MAP[B64.charCodeAt(i)] = i;
var decodeVLQ = (str) => {
  const res = [];
  let value = 0;
  let shift = 0;
  for (let i = 0; i < str.length; i++) {
    const digit = B64_MAP[str.charCodeAt(i)];
    value |= (digit & 31) << shift;
    if ((digit & 32) === 0) {
      res.push(value);
      value = 0;
      shift = 0;
    } else shift += 5;
  }
  return res;
};
var decodeRanges = (str, isStride1) => {
  const res = decodeVLQ(str);
  const numRanges = isStride1 ? res.length / 2 : res.length / 3;
  const out = new Uint32Array(numRanges * 3);
  let current = 0;
  let resIdx = 0;
  for (let i = 0; i < numRanges; i++) {
    current += res[resIdx++];
    out[i * 3] = current;
    current += res[resIdx++];
    out[i * 3 + 1] = current;
    out[i * 3 + 2] = isStride1 ? 1 : res[resIdx++];
  }
  return out;
};
var decodeOrbit = (str) => {
  const res = decodeVLQ(str);
  const map = /* @__PURE__ */ new Map();
  let currentKey = 0;
  for (let i = 0; i < res.length; i += 2) {
    currentKey += res[i];
    const zz = res[i + 1];
    const delta = zz >>> 1 ^ -(zz & 1);
    map.set(currentKey, currentKey + delta);
  }
  return map;
};
var LazyMap = class {
  constructor(initializer) {
    this.initializer = initializer;
    this.cache = /* @__PURE__ */ new Map();
  }
  has(key) {
    return Object.hasOwn(this.initializer, key);
  }
  get(key) {
    if (this.cache.has(key)) return this.cache.get(key);
    const val = this.has(key) ? this.initializer[key]() : null;
    this.cache.set(key, val);
    return val;
  }
};
var UnicodeTables = class {
  static _CASE_ORBIT = null;
  static get CASE_ORBIT() {
    if (!this._CASE_ORBIT) this._CASE_ORBIT = decodeOrbit("rCgCIgCY+rQI4QiCuuBLgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCCgCBgCBgCBgCBgCBgCBgCB+7OB-BB-BB-BB-BB-BBskQB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BC-BB-BB-BB-BB-BB-BB-BByHBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBDCBBBCBBBCBBCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBxHBCBBBCBBBCBBB3SBmMBkNBCBBBCBBB8MBCBBB6MB6MBCBBC+EB0MB2MBCBBB6MB+MBiGBmNBiNBCBBBmKBikzCBmNBqNBkIBsNBCBBBCBBBCBBB0NBCBBB0NDCBBB0NBCBBByNByNBCBBBCBBB2NBCBBDCBBCwDFCBCBDBCBCBDBCBCBDBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBB9EBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBCCBCBDBCBBBhGBvDBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBjICCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBH2iVBCBBBlKBwiVB+jVB+jVBCBBBlMBqEBuEBCBBBCBBBCBBBCBBBCBBB+hVB4hVB8hVBjNB7MC5MB5MCzMC1MB+0yCE5MB20yCC9MBu2yCBwyyCBo0yCChNBlNBo0yCBu-UBi0yCDlNC6-UBpNDrNIu+UDzNCm0yCBzNE0yyCBzNBpEBxNBxNBtEG1NLqxyCBkxyCnFoFrBCBBBCBBDCBBEkIBkIBkICoHHsCCqCBqCBqCCgEC+DB+DBmkOBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCC+BBgCBgCBgCBgCBgCBgCBgCBgCBrCBpCBpCBpCBmjOB-BB8BB-BB-BBgEB-BB-BByBBqgOBsDB-BBtwBB-BB-BB-BBsBBgDBCB-BB-BB-BBeB-BB-BB61OB-BB-BB-DB9DB9DBQB7DBmCE9CBrDBPBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBrFB-EBOBnHB3FB-FCCBBBNBCBBCjIBjIBjIBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCB-BB-BB8kMB-BB6kMB-BB-BB-BB-BB-BB-BB-BB-BB-BBokMB-BB-BBkkMBkkMB-BB-BB-BB-BB-BB-BB-BB4jMB-BB-BB-BB-BB-BB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EBCBBBCBoiMBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBJCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBeBCBBBCBBBCBBBCBBBCBBBCBBBCBBBdBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBCgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDL-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-C64CgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOCgmOGgmODg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FDg8FBg8FBg8FhVg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBQBQBQBQBQBQDPBPBPBPBPBPjkC7mMB5mMBnmMBjmMBCBlmMB3lMBpiMBk8kCBCBBG-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FD-7FB-7FB-7F6FoglCEsuHRwjlCyDCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCB0DBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBG1DD97OCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQDPBPBPBPBPBPDQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQDPBPBPBPBPBPEQCQCQCQCPCPCPCPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPB0EB0EBsFBsFBsFBsFBoGBoGBgIBgIBgHBgHB8HB8HDQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQCSFPBPBzEBzEBRCxnOFSFrFBrFBrFBrFBREQBQClkOFPBPBnGBnGFQBQCljOCODPBPB-GB-GBNHSF-HB-HB7HB7HBRqJ53OE9tQBrmQH4Bc3BSgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBfBfBfBfBfBfBfBfBfBfBfBfBfBfBfBfECBByZ0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzB34BgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CBCBBBt-UBruHBt+UB1iVBviVBCBBBCBBBCBBB3hVB5-UB9hVB7hVCCBBCCBBI9jVB9jVBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBICBBBCBBECBBN-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOC-lOG-lOzoeCBBBCBBBCBBBCBBBCBBBCBl8kCBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBTCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBnECBBBCBBBCBBBCBBBCBBBCBBBCBBDCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBKCBBBCBBBnglCBCBBBCBBBCBBBCBBBCBBECBBBvyyCDCBBBCBBBgDCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBn0yCB90yCB10yCBh0yCBn0yCCjxyCBzyyCBpxyCBg6BBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBB-CBl0yCBvjlCBCBBBCBBBt2yCBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBhkzCZCBB9a-5Bd-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCm6TCBB7gBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCH-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BmlBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvChDwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCFvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvC1DuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCCuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCCuCBuCBuCBuCBuCBuCBuCCuCBuCCtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCCtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCCtCBtCBtCBtCBtCBtCBtCCtCBtCk2BgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEO-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-D+CgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCL-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-B74CgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BhrVgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BhB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BD1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BtxekCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjC");
    return this._CASE_ORBIT;
  }
  static _Print = null;
  static get Print() {
    if (!this._Print) this._Print = new UnicodeRangeTable(decodeRanges("hB9CBjBLBCpWBDFBFGBCCCBSBCsMBClBBDxBBDCBC2BBJaBFFBSVBC-FBCvBBD6BBDkDBP6BBDwBBDOBCbBDCCBJBGfBIqCBCgFBCHBDBBDVBCGBCEEBCBDIBDBBDDBJFFBCCBDBDYBDCBCFBFBBDVBCGBCBBCBBCBBDCCBDBFBBDCBEIIBCBCIIBPBLCBCIBCCBCVBCGBCBBCEBDJBCCBCCBDQQBCBDLBIGBCCBCHBDBBDVBCGBCBBCEBDIBDBBDCBICBFBBCEBDRBLBBCFBECBCDBEBBCCCBEEBEEBBBELBFEBECBCDBDHHPUBGMBCCBCWBCPBDIBCCBCDBIBBCCBCBBDDBDJBIVBCCBCWBCJBCEBDIBCCBCDBIBBGCBCDBDJBCCBNMBCCBCyBBCCBCFBFPBDZBCCBCRBEXBCIBCDDBFBEFFBEBCCCBGBHJBDCBN5BBFcBmBBBCCCBDBCXBCCCBVBDEBCCCBFBCJBDDBhBnCBCjBBFmBBCjBBCOBCMBmBlGBCGGD4LBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBDfBEZBH1CBDFBD-TBCbBE4CBIVBKXBKTBNMBCCBCBBN9CBDJBHJBHNBCKBH4CBIqBBGlCBLeBCLBFLBFEEBoBBDEBMrBBFZBHKBE9BBDgCBCcBDKBHJBHNBDtBBDLBVsCBClFBJ7BBEOBE9BBGqBBDKBJqBBG1QBDFBDlBBDFBDHBCGCBdBD0BBCOBCNBDFBCSBDCBCIBSXBJuBBSBBDaBCMBEhBBPgBBQrEBF5UBXKBWz4BBD9LBGsBBCGGD3BBIBBPXBKGBCGBCGBCGBCGBCGBCGBCGBC9DBjBZBC4CBN1GBbPBC+BBC1CBDmDBGqBBC9CBC1CBKvBBCszcBE2BBK7KBV3FBJ8GBV7BBEJBH3BBJlCBJLBHzDBMdBEtCBCKBFgBBC2BBKNBDJBDmDBZbBLFBDFBDFBKGBCGBC7BBF9DBDJBHj9KBNWBFwBBloItLBDpDBnBGBNEBGZBCEBCCCBCCBCCBoUBhBpBBHyBBCSBCDBFEBCmEBF9FBEFBDFBDFBDCBEGBCGBOBBDLBCZBCSBCBBCOBDNBjB6DBGCBFsBBE3CBCMBEwBwBBsBBjEcBEwBBQbBFjBBKdBGqBBGdBCkBBFNBrB9EBDJBHjBBFjBBFnBBJzBBMLBCOBCGBCBBCKBCOBCGBCBBEzBBN2JBKVBLHBZFBCpBBCIBmCFBDCCBqBBCBBEDDBVBCnCBJIBxBSBCBBGgBBEaBGaBnB3BBFTBDxBBCBBGHBCCBCcBDCBFJBIIBI-BBhBmBBFLBK1BBEcBDaBGZBIDBNGBxCoCB4ByBBOyBBItBBJJBHlBBEcBJBBxGeBCpBBCCBDBBRFBJIBiBtBBJpBBXZBnBbBVWBKtCBFjBBK9BBCEBOYBIJBH0BBCRBJmBBK-CBCTBMRBCuBB-BGBCCCBCBCOBCKBH6BBGJBHDBCHBDBBDVBCGBCBBCEBCJBDBBDCBDHHGGBDGBEEBMJBCDDClBBCJBCDDCDBCJBCBBJBBe7CBCEBfnCBJJBnF1BBDlBBjBkCBMJBHMBU5BBHJBHTBdaBDOBFWB6F7BBlDyCBNHBDDDBGBCBBCdBCBBDLBKJBnCHBDtBBDKBcnCBJyCBOoCBIJB3CHB5ChBBPJBHIBCsBBCNBLcBEfBDVBCNBqCGBCBBCrBBECCBCCBHBJJBHFBCBBCkBBCBBCFBIJBHrBBFJB3HYBIQBCoBBEcB2CQQBwBBO6cBnDuDBCEBMjGBtyCiDBOvhBBRVBL68DBGmSB61G5BBn2B4RBIeBCJBFwCBCJBHdBDFBLlCBLJBCGBCUBGSBxN5BBnG6CBGYBDYBtBqCBF4BBIQBhCEBMGBK1mHBqBfBiDyDB+vIDBCGBCBBCiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBDDBh7D8HBEzNBHWBQQBQtBBDWBKzDB9B1HBLmBBDpCBJvDBWlCB7DTBNTBN2CBKYBoE0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDjJBD9VBQEBCOBxiBeBHFB2GGBCQBDGBCBBCEBG9BBiBxDxDBrBBENBDJBFBBhKeBS5BBGxOxOBoBB3GqBBFhGhGBdBCVBJBBhHGBCDBCBBCOBCkGBDPBqBrCBFJBFBByYjCBtC8BBjGDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1BBBvIrBBFjDBNOBDOBCOBCkBBLtFB5BcBOrBBFIBIBBPFB7E4eBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBBPIBoB3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBCmDBmgB-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIBnkzVvHB", false));
    return this._Print;
  }
  static CATEGORIES = new LazyMap({
    C: () => new UnicodeRangeTable(decodeRanges("AfBgDgBBOrWrWBHHBCBICCVuMuMnBBBzBBBE4B4BBGBcDBHQBXhGhGxBBB8BBBmDNB8BBByBBBQddBCCMEBhBGBsCiFiFJBBDBBXIICCBFBBKBBDBBFHBCDBDGGBaaBEEHDBDBBXIIDGDBCCGDBDBBECBCGBFCCBFBSJBEKKEXXIDDGBBLIEBCCBNBFBBNGBIEEJBBDBBXIIDGGBKKBDDBEEBFBEDBDGGBTTBIBDHHBBBEFFBBBDCCDCBDCBECBNDBGCBEFFBCCBEBCNBWEBOEEYRRBKKEFFBFBDEEDBBFBBLGBXEEYLLGBBKEEFGBDEBEFFBLLELBOEE0BEEHDBRBBbEETCBZKKCBBICBCDBHCCJFBLBBELB7BDBekBBDCCGZZCYYBGGCIILBBFfBpClBlBBCBoBlBlBQOOBjBBnGCCBDBCBB6LFFBIICFFBqBqBFBBiBFFBIICFFBQQ6BFFBkCkCBhBhBBBBbFB3CBBHBB+UCB6CGBXIBZIBVLBOEEDLB-CBBLFBLFBPMMBEB6CGBsBEBnCJBgBNNBCBNDBCCBrBBBGKBtBDBbFBMCB-BBBiCeeBMMBEBLFBPBBvBBBNTBuCnFnFBGB9BCBQCB-BEBsBBBMHBsBEB3QBBHBBnBBBHBBJGCgBBB2BQQPBBHUUBEEKMMBDBbEByBPBDBBcOOBBBjBNBiBOBtEDB7UVBMUB14BBB-LEBuBCCBDBCBB5BGBDNBZIBI4BI-DhBBb6C6CBKB3GZBxC3C3CBoDoDBDBsB-C-C3CIBxBuzcuzcBBB4BIB9KTB5FHB+GTB9BCBLFB5BHBnCHBNFB1DKBfCBvCMMBCBiB4B4BBHBPBBLBBoDXBdJBHBBHBBHIBIII9BDB-DBBLFBl9KLBYDByBjoIBvLBBrDlBBILBGEBbGGCGDrUfBrBFB0BUUFDBGoEoEBCB-FCBHBBHBBHBBECBIIIBLBDBBNbbUDDQBBPhBB8DEBEDBuBCB5COOBBBCuBBvBhEBeCByBOBdDBlBIBfEBsBEBfmBmBBCBPpBB-EBBLFBlBDBlBDBpBHB1BKBNQQIDDMQQIDDBBB1BLB4JIBXJBJXBHrBrBKkCBHBBCtBtBDCBCBBYpCpCBGBKvBBUDDBDBiBCBcEBclBB5BDBVBBzBDDBDBJEEeBBEDBLGBKGBhCfBoBDBNIB3BCBeBBcEBbGBFLBIvCBqC2BB0BMB0BGBvBHBLFBnBCBeHBDvGBgBrBrBEBBDPBHHBKgBBvBHBrBVBblBBdTBYIBvCDBlBIB-BGGBLBaGBLFB2BTTBGBoBIBhDVVBJBTwBwBB8BBICCFQQMFB8BEBLFBFJJBDDBXXIDDGLLBDDBEEBCCBEBCEBIBBICBGKBLCCBCCnBLLCBBCFFLDDBGBDcB9CGGBcBpCHBLlFB3BBBnBhBBmCKBLFBOSB7BFBLFBVbBcBBQDBY4FB9BjDB0CLBJBBCBBJDDfDDBNNBHBLlCBJBBvBBBMaBpCHB0CMBqCGBL1CBJ3CBjBNBLFBKuBuBPJBeCBhBBBXPPBnCBIDDtBCBCDDKHBLFBHDDmBDDHGBLFBtBDBL1HBaGBSqBqBBBBe0CBCOBzBMB8clDBwDGGBJBlGryCBkDMBxhBPBXJB88DEBoS41GB7Bl2BB6RGBgBLLBCByCLLBEBfBBHJBnCJBLIIWEBUvNB7BlGB8CEBaBBarBBsCDB6BGBS-BBGKBIIB3mHoBBhBgDB0D8vIBFIIDkJkJBNBCcBEBBCNBFHBtMjoCBsDEBOCBKGBLBBF-6DB+HCB1NFBYOBSOBvBBBYIB1D7BB3HJBoBBBrCHBxDUBnC5DBVLBVLB4CIBamEB2CoCoCDBBCBBDBBFNNCIIiCFFBJJIddFGGCCBI1K1KBlJlJB-V-VBNBGQQBuiBBgBFBH0GBISSBIIDGGBDB-BgBBCvDBuBCBPBBLDBD-JBgBQB7BEBCvOBrB1GBsBDBC-FBgBXXBGBD-GBIFFDQQmGBBRoBBtCDBLDBDwYBlCrCB+BhGBFccDCCBCCLFFCCCBEBCDBCECEDDCBBCICDCCBFFIKFCLLSEBEGGSzBBDtIBtBDBlDLBQBBQQQmBJBvF3BBeMBtBDBKGBDNBH5EB6eCBSCBOCB7GFBNDBCOBNDB5BHBLFBpBHBfBBNDBDNBKmBB5KHBPBBOCBMCB6BCCBCBRBBNDBLGB0EoDoDBjgBBh3pBfB-oEBBv0FBBypHOBvThtCB-QhvBBs6EEBrpIlkzVBxHvw-FB", false)),
    Cc: () => new UnicodeRangeTable(decodeRanges("AfgDgB", true)),
    Cf: () => new UnicodeRangeTable(decodeRanges("tFzqBzqBBEBXhGhGyBhMhMBxCxCs5D9-B9-BBDBbEByBEBCJBw03B6H6HBBBimEQQj7IPBhjiBDBwmFHBn0rYffB+CB", false)),
    Cn: () => new UnicodeRangeTable(decodeRanges("4bBBHDBICCVuMuMnBBBzBBBE4B4BBGBcDBHKBvI9B9BBmDmDBMB8BBByBBBQddBCCMEBjBEBuHJJBDDBXXICCBBBFBBKBBDBBFHBCDBDGGBaaBEEHDBDBBXIIDGDBCCGDBDBBECBCGBFCCBFBSJBEKKEXXIDDGBBLIEBCCBNBFBBNGBIEEJBBDBBXIIDGGBKKBDDBEEBFBEDBDGGBTTBIBDHHBBBEFFBBBDCCDCBDCBECBNDBGCBEFFBCCBEBCNBWEBOEEYRRBKKEFFBFBDEEDBBFBBLGBXEEYLLGBBKEEFGBDEBEFFBLLELBOEE0BEEHDBRBBbEETCBZKKCBBICBCDBHCCJFBLBBELB7BDBekBBDCCGZZCYYBGGCIILBBFfBpClBlBBCBoBlBlBQOOBjBBnGCCBDBCBB6LFFBIICFFBqBqBFBBiBFFBIICFFBQQ6BFFBkCkCBhBhBBBBbFB3CBBHBB+UCB6CGBXIBZIBVLBOEEDLB-CBBLFBLFBbFB6CGBsBEBnCJBgBNNBCBNDBCCBrBBBGKBtBDBbFBMCB-BBBiCeeBMMBEBLFBPBBvBBBNTBuCnFnFBGB9BCBQCB-BEBsBBBMHBsBEB3QBBHBBnBBBHBBJGCgBBB2BQQPBBHUUBEEKmDmDNBBcOOBBBjBNBiBOBtEDB7UVBMUB14BBB-LEBuBCCBDBCBB5BGBDNBZIBI4BI-DhBBb6C6CBKB3GZBxC3C3CBoDoDBDBsB-C-C3CIBxBuzcuzcBBB4BIB9KTB5FHB+GTB9BCBLFB5BHBnCHBNFB1DKBfCBvCMMBCBiB4B4BBHBPBBLBBoDXBdJBHBBHBBHIBIII9BDB-DBBLFBl9KLBYDByBDBvzIBBrDlBBILBGEBbGGCGDrUfBrBFB0BUUFDBGoEoEBCC-FCBHBBHBBHBBECBIIIBIBGBBNbbUDDQBBPhBB8DEBEDBuBCB5COOBBBCuBBvBhEBeCByBOBdDBlBIBfEBsBEBfmBmBBCBPpBB-EBBLFBlBDBlBDBpBHB1BKBNQQIDDMQQIDDBBB1BLB4JIBXJBJXBHrBrBKkCBHBBCtBtBDCBCBBYpCpCBGBKvBBUDDBDBiBCBcEBclBB5BDBVBBzBDDBDBJEEeBBEDBLGBKGBhCfBoBDBNIB3BCBeBBcEBbGBFLBIvCBqC2BB0BMB0BGBvBHBLFBnBCBeHBDvGBgBrBrBEBBDPBHHBKgBBvBHBrBVBblBBdTBYIBvCDBlBIBlCJBCBBaGBLFB2BTTBGBoBIBhDVVBJBTwBwBB8BBICCFQQMFB8BEBLFBFJJBDDBXXIDDGLLBDDBEEBCCBEBCEBIBBICBGKBLCCBCCnBLLCBBCFFLDDBGBDcB9CGGBcBpCHBLlFB3BBBnBhBBmCKBLFBOSB7BFBLFBVbBcBBQDBY4FB9BjDB0CLBJBBCBBJDDfDDBNNBHBLlCBJBBvBBBMaBpCHB0CMBqCGBL1CBJ3CBjBNBLFBKuBuBPJBeCBhBBBXPPBnCBIDDtBCBCDDKHBLFBHDDmBDDHGBLFBtBDBL1HBaGBSqBqBBBBe0CBCOBzBMB8clDBwDGGBJBlGryCBkDMB3iBJB88DEBoS41GB7Bl2BB6RGBgBLLBCByCLLBEBfBBHJBnCJBLIIWEBUvNB7BlGB8CEBaBBarBBsCDB6BGBS-BBGKBIIB3mHoBBhBgDB0D8vIBFIIDkJkJBNBCcBEBBCNBFHBtMjoCBsDEBOCBKGBLBBJ76DB+HCB1NFBYOBSOBvBBBYIB1D7BB3HJBoBBBjGUBnC5DBVLBVLB4CIBamEB2CoCoCDBBCBBDBBFNNCIIiCFFBJJIddFGGCCBI1K1KBlJlJB-V-VBNBGQQBuiBBgBFBH0GBISSBIIDGGBDB-BgBBCvDBuBCBPBBLDBD-JBgBQB7BEBCvOBrB1GBsBDBC-FBgBXXBGBD-GBIFFDQQmGBBRoBBtCDBLDBDwYBlCrCB+BhGBFccDCCBCCLFFCCCBEBCDBCECEDDCBBCICDCCBFFIKFCLLSEBEGGSzBBDtIBtBDBlDLBQBBQQQmBJBvF3BBeMBtBDBKGBDNBH5EB6eCBSCBOCB7GFBNDBCOBNDB5BHBLFBpBHBfBBNDBDNBKmBB5KHBPBBOCBMCB6BCCBCBRBBNDBLGB0EoDoDBjgBBh3pBfB-oEBBv0FBBypHOBvThtCB-QhvBBs6EEBrpIm8yVBCdBhD-DBxHvw-BB---BBB---BBB", false)),
    Co: () => new UnicodeRangeTable(decodeRanges("gg4B-nGh4hc9--BD9--B", true)),
    Cs: () => new UnicodeRangeTable(decodeRanges("gg2B--B", true)),
    L: () => new UnicodeRangeTable(decodeRanges("hCZBHZBwBLLFGGBVBCeBCpOBFLBPEBICCiEEBCBBDDBCHHCCBCCCBSBCyCBCqEBJlFBClBBDHHBnBBoCaBFDBuBqBBkBBBCiDBCQQBIIBLLBBBDRRCdBe4CBMZZBfBKBBFGGBUBFKKEYYBXBIKBGXBCGBRpBB7B1BBETTIJBQPBFHBDBBDVBCGBCEEBCBERROBBCCBPBBLJJBEBFBBDVBCGBCBBCBBCBBgBDBCUUBBBRIBCCBCVBCGBCBBCEBETTQBBYMMBGBDBBDVBCGBCBBCEBEffBCCBBBQSSCFBECBCDBEBBCCCBEEBEEBBBELBX1B1BBGBCCBCWBCPBEbbBBBCBBDBBfFFBGBCCBCWBCJBCEBEffBBBCBBQBBSIBCCBCoBBDRRGCBJCBZFBGRBEXBCIBCDDBFB7BvBBCBBNGB7BBBCCCBDBCXBCCCBIBCBBKDDBDBCWWBCBhBgCgCBGBCjBBcEB0DqBBVRRBEBFDBEEEBIIBBBFMBNSSBkBBCGGDqBBCsKBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBmBPBR1CBDFBErTBDQBCZBGqCBHHBIRBOSBPRBPMBCCBQzBBkBFFkC4CBIEBDhBBCGGBkCBLeByBdBDEBMrBBFZB3BWBK0BBzC+C+CBtBBSHB3BdBOBBLrBBbjBBqBCBLjBBDKBGqBBDCBqBDBCFBCBBEGGB+FBhC1IBDFBDlBBDFBDHBCGCBdBD0BBCGBCEEBBBCGBEDBDFBFMBGCBCGB1DOORMBmDFFDJBCEEBDBHGCBCBCKBDDBGEBF1B1BB8zC8zCBjHBHDBEBBNlBBCGGD3BBIRRBVBKGBCGBCGBCGBCGBCGBCGBCGBxC2O2OBrBrBBDBGBBF1CBHCBC5CBCDBGqBBC9CBSfBxBPBhQ-tGBhCs0VBkCtBBDsIBEPBLBBVuBBReBDlCByBIBDmDBDxCBVQBCCBCDBCWBezBBPxBB-BFBECCBMMBaBLWBacBIuBBdRRBDBCJBLEBCoBBYCBCHBVWBEEEBwBBCEEBDDBDBDCCZCBDKBICBNFBDFBDFBKGBCGBCqBBCNBHyDBej9KBNWBFwBBloItLBDpDBnBGBNEBGCCBIBCMBCEBCCCBCCBCCBqDBiBqLBT-BBD1BBpBLB1DEBCmEBlBZBHZBM4CBEFBDFBDFBDCBkBLBCZBCSBCBBCOBDNBjB6DBmMcBEwBBwBfBOTBCHBHlBBLdBDjBBFHBxB9EBTjBBFjBBFnBBJzBBNKBCOBCGBCBBCKBCOBCGBCBBEzBBN2JBKVBLHBZFBCpBBCIBmCFBDCCBqBBCBBEDDBVBLWBKeBiCSBCBBLVBLZBHZBnB3BBHBBhCQQBCBCCBCcBrBcBEcBkBHBCbBc1BBLVBLSBORBvDoCB4ByBBOyBBOjBBnBbBKWB7HpBBHBBRFB5BcBLJJBUBrBRBvBUBcWBN0BB6BBBDOOBrBBhBYBbjBBeDDJiBBENNBuBBPDBWCCkBRBCYBUBBgCGBCCCBCBCOBCJBIuBBnBHBDBBDVBCGBCBBCEBETTNEBfJBCDDClBBCaaCtBtBBzBBTDBVCBfvBBVBBC5F5FBtBBqBDBlBvBBV8B8BBpBBOoCoCBZBmBGB6FrBB1D-BBgBHBDDDBGBCBBCXBQCC-CHBDmBBRCCdLLBmBBIWWMtBBUTTBnCBoGgBBgBIBCkBBSyByBBcBxDGBCBBClBBWaaBEBCBBCfBPYYBqBBlISBQCCBLBChBB9DwCwCB4cBnHjGBtyCgDBQvhBBSFBa68DBGmSB61GdBj3B4RBIeBSuCBSdBTvBBRDBgBUBGSBxNsBB0G-BBhBYBDYBtBqCBGjCjCBLBhCBBCPPBNNB0mHBqBfBiDyDB+vIDBCGBCBBCiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBn7F0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDYBCYBCeBCYBCeBCYBCeBCYBCeBCYBCHB15BeBHFBmI9BBzEsBBLGBRiKiKBcBTrBBlPbBlHdBDwGwGBdBCCBCBBCGBDEBKBBhHGBCDBCBBCOBCkGB8BjCBI1lB1lBBCBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQBlqE-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB", false)),
    LC: () => new UnicodeRangeTable(decodeRanges("hCZBHZB7BLLBVBCeBCiGBCDBFvGBDZBhGDBDBBECBCHHCCBCCCBSBCyCBCqEBJlFBClBBKoBB44ClBBCGGDqBBDCBhV1CBDFBjkCKBGqBBDCBhCrBBgCMBChBBmD1IBDFBDlBBDFBDHBCGCBdBD0BBCGBCEEBBBCGBEDBDFBFMBGCBCGBmIFFDJBCEEBDBHGCBCBCFBFDDBCBGEBF1B1BB8zC8zCB6DBDmDBHDBEBBNlBBCGGzoetBBTbBnEtCBCWBEDBCsCBZBBE2Z2ZBpBBGIBIvCBh6TGBNEBqgBZBHZBmlBvCBhDjBBFjBB1DKBCOBCGBCBBCKBCOBCGBCBBk2ByBBOyBB+CVBLVB74C-BBhrV-BBhBYBDYBtpZ0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDYBCYBCeBCYBCeBCYBCeBCYBCeBCYBCHB15BJBCTBHFB2uCjCB", false)),
    Ll: () => new UnicodeRangeTable(decodeRanges("hDZB7BqBqBBWBCHBC2BCBQCBuBCDECBBBDCCDEEBFFDEEBBBDDDCCCDCCBCCDEECDDBDDBBBHGDCOCBSCBDDCEEC4BCBFBDDDBCCFICBjCBDZBiGCCEEEBBBTccBhBBCBBECBCWCBDBCGDB0B0BBuBBCgBCK0BCDMCBgDCxBoBBo6CqBBDCB5XFBjkCIBC2D2DBqBBgCMBChBBnD0ECBHBCgDCBHBJFBLHBJHBJFBLHBJHBJNBDHBJHBJHBJEBCBBHEEBBBCBBJDBDBBJHBLCBCBBzIEEBEEcKFDBBJDBF2B2Bs1CvBBCEEBGCFCCBCCBEBGiDCBIICFFNlBBCGG0oesBCUaCoEMCBBBC+BCBGBCCCDICFCCDCCBBBCSCGGGCMCFCCDOCbEE2ZqBBGIBIvCBh6TGBNEBqhBZBumBnBBpEjBB8EKBCOBCGBCBBk4ByBB+DVB75CfBhsVfB8BYBnqZZBbGBCRBbZBbDBCCCBFBCKBbZBbZBbZBbZBbZBbZBbZBbZBbbBdYBCFBbYBCFBbYBCFBbYBCFBbYBCFBC15B15BBIBCTBHFB4vChBB", false)),
    Lm: () => new UnicodeRangeTable(decodeRanges("wVRBFLBPEBICCmEGG-OnHnHlFBBuIBBFgBgBKEEhFoFoF1mBgEgE2R72B72BsDkTkTxOFBvF+BBOjBjBBjBByVOORMBg-CBByHgGgG2OsBsBBDBGiDiDB+C+CBBB34bjnBjnBBEBvIzDzDdBB6DIBxCYYpDDBEBB2OXXqEtDtDWBBoDDBKngVngVuBBBh-BFBCpBBCIB0sBhBhB2K04D04DnrTDB9PCBpBBBnRMBhCBBCPPB9-P9-PBCBCGBCBByhM9BBqGGBud0Q0QsSAB", false)),
    Lo: () => new UnicodeRangeTable(decodeRanges("qFQQhIFFBCBxGBB7ZaBFDBuBfBCJBkBBBCiDBCZZBLLBBBDRRCdBe4CBMZZBfBWVBrBYBIKBGXBCGBRoBB8B1BBETTIJBROBFHBDBBDVBCGBCEEBCBERROBBCCBPBBLJJBEBFBBDVBCGBCBBCBBCBBgBDBCUUBBBRIBCCBCVBCGBCBBCEBETTQBBYMMBGBDBBDVBCGBCBBCEBEffBCCBBBQSSCFBECBCDBEBBCCCBEEBEEBBBELBX1B1BBGBCCBCWBCPBEbbBBBCBBDBBfFFBGBCCBCWBCJBCEBEffBBBCBBQBBSIBCCBCoBBDRRGCBJCBZFBGRBEXBCIBCDDBFB7BvBBCBBNFB8BBBCCCBDBCXBCCCBIBCBBKDDBDBYDBhBgCgCBGBCjBBcEB0DqBBVRRBEBFDBEEEBIIBBBFMBNyDyDBnKBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBmBPByDrTBDQBCZBGqCBHHBIRBOSBPRBPMBCCBQzBBpBkCkCBhBBC0BBIEBDhBBCGGBkCBLeByBdBDEBMrBBFZB3BWBK0BBxFuBBSHB3BdBOBBLrBBbjBBqBCBLdByDDBCFBCBBE7hB7hBBCB4-C3BBZWBKGBCGBCGBCGBCGBCGBCGBCGBoR2B2BF1CBJCCB4CBFGGBpBBC9CBSfBxBPBhQ-tGBhC0wUBC2jBBkCnBBJrIBFPBLBBjCyByBBkCBqFoDoDEGBCCBCDBCWBezBBPxBB-BFBECCBMMBaBLWBacBIuBBuBEBDIBLEBCoBBYCBCHBVPBCFBEEEBwBBCEEBDDBDBDCCZBBEKBIPPBEBDFBDFBKGBCGByEiBBej9KBNWBFwBBloItLBDpDBkCCCBIBCMBCEBCCCBCCBCCBqDBiBqLBT-BBD1BBpBLB1DEBCmEBqDJBCsBBDeBEFBDFBDFBDCBkBLBCZBCSBCBBCOBDNBjB6DBmMcBEwBBwBfBOTBCHBHlBBLdBDjBBFHBhEtCBjDnBBJzBB9CzBBN2JBKVBLHB5EFBDCCBqBBCBBEDDBVBLWBKeBiCSBCBBLVBLZBHZBnB3BBHBBhCQQBCBCCBCcBrBcBEcBkBHBCbBc1BBLVBLSBORBvDoCB4FjBBnBDBCxJxJBoBBHBBRCBCBB5BcBLJJBUBrBRBvBUBcWBN0BB6BBBDOOBrBBhBYBbjBBeDDJiBBENNBuBBPDBWCCkBRBCYBUBBgCGBCCCBCBCOBCJBIuBBnBHBDBBDVBCGBCBBCEBETTNEBfJBCDDClBBCaaCtBtBBzBBTDBVCBfvBBVBBC5F5FBtBBqBDBlBvBBV8B8BBpBBOoCoCBZBmBGB6FrBB0GHBDDDBGBCBBCXBQCC-CHBDmBBRCCdLLBmBBIWWMtBBUTTBnCBoGgBBgBIBCkBBSyByBBcBxDGBCBBClBBWaaBEBCBBCfBPYYBnBBCBBlISBQCCBLBChBB9DwCwCB4cBnHjGBtyCgDBQvhBBSFBa68DBGmSB61GdBj3B4RBIeBSuCBSdBTvBB0BUBGSB0NnBB2MqCBGwFwFB0mHBqBfBiDyDBuwIiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBxzI2P2PBrBBiBiKiKBcBTrBBlPaBmHdBDwGwGBdBCCBCBBCGBDEBKiHiHBFBCDBCBBCOBCkGB8pBDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQBlqE-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB", false)),
    Lt: () => new UnicodeRangeTable(decodeRanges("lOGDnB2sH2sHBGBJHBJHBNQQwBAB", false)),
    Lu: () => new UnicodeRangeTable(decodeRanges("hCZBmDWBCGBiB2BCDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIJDCMCDQCDDDCCBC4BCIBBCBBDCCBCBCGCiJCCEJJHCCBBBCCCBCCBPBCIBkBDDBBBEWCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBpCDBNDBNDBNEBMDBnIFFECBDCBDEEBDBHGCBCBDDBLBBG+B+B9zCvBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoqZZBbZBbZBbCCBGDBDDBCBCHBbZBbBBCDBDHBCGBcBBCDBCEBCEEBFBcZBbZBbZBbZBbZBbZBfYBiBYBiBYBiBYBiBYBiB2pE2pEBgBB", false)),
    M: () => new UnicodeRangeTable(decodeRanges("gYvDB0IGBoIsBBCCCBCCBCCpCKBxBUBRmDmDBFBDFBDBBCDBkBffBZB8CKB7BIBKZZBCBCIBCCBCEBsBCB8BIBrBXBCgBB3BCBCRBCGBLBBeCB5BCCBFBDBBDCBKLLBbbDCB5BCCBDBFBBDCBEffBEEMCB5BCCBGBCCBCCBVBBXFBCCB5BCCBFBDBBDCBICBLBBf8B8BBDBECBCDBKpBpBBDB4BCCBFBCCBCDBIBBMBBeCB5BCCBFBCCBCDBIBBMBBQNNBCB4BBBCGBCCBCDBKLLBeeBBBnCFFBEBCCCBGBTBB+BDDBFBNHBjDDDBHBMGBqCBBcECFBByBTBCBBGKBCjBBKlDlDBSBYDBFCBCCBDGBEDBOLBCLLBCBgWCBzdDBdCBeBBfBBhCfBKuBuBBBBC2D2DBjBjB3DLBFLB8GEB6BJBCcBDxBxBBsBBDLBVEBwBQBnBIBNCBfMB5BNBxBTB5ECBCUBFHHDCBnG-BBxWgBB--CCBuEhDhDBeBrRFBqDBB1udDBCJBhBBBxCBBxIEEFYYBDBF0C0CBzBzBBQBbRBOnBnBBGBaMBtBDBwBNBlBkCkCBMBNJJBuBuBBBBzBCCBBBDBBGBBCqBqBBDBGBBtHHBCBBx5TiXiXBOBRPBuejHjH2EEBn0BCBCBBGDBpBCBFmFmFB+R+RBCBiCEB+JBBuCFBnCKByBDB7DCB2BOBqBDDBLLBCBuBKBI+B+BBBBlBNBRBBtBNNBBBxBNBJDBCBB9CLBHDD+ELBWDB4BBBCGBDBBDCBKLLBDDBFBEEBkCIBCDDCDBCEBCPPBzCzCBQBYyCyCBSBsHGBDIBcBBzCQBrDMBmDOBhIOB2HFBCBBDDBCCCBuEuEBFBDGBEddBIBpBGBCDBJKKBJBvBPBnGHBoGHBCHBzCVBCNB7DFBECCBCCBFBCjCjCBDBCBBCEB8KDBKBBCxBxBBFBEEBYmnFmnFHOBpmLRBhuCEB8BGB5gBCCB1BBIDByCMMBslTslTBizEizEBsBBDWB-QEBEFBJHBDGBfDB1ECB89B2BBFxBBJPPXEBCOBxqBGBCQBDGBCBBCEBlDhFhFBFB4L+B+BBCB9PDB-HBB0HDDIBBG7O7OBFBuDGB29lYvHB", false)),
    Mc: () => new UnicodeRangeTable(decodeRanges("joC4B4BDCBJDBCBBzBBB7BCBHBBDBBLsBsB7BCBjC7B7BBBBJCCB2B2BB7B7BCHHBDDBLLnDBBCBBECBCCBLqBqBBBB+BDB+BBB7BCCBDBDBBCBBKBBdPPB7B7BBBBGCBCCBLrBrBBsCsCBBBHHBTBBrKBBgCsFsFBFFHDDBaaBLLBBBDGBWBBDFBDLLBBB5zBffiEIIBGBCBB7KDBDCBFBBCFBhHBB7BCCKCCBJJBEByExBxBGCCBDBCBB+BffFBBD9B9BDCBCEEBxBxBBGBJBBsFWW35EBB0-dBBD5C5CBzBzBBOBvEBBwBxBxBBFFBDDBBBvDBBDBBZuBuBCuDuDDBBGuHuHBCCBCCBCC0gZCCgEuBuBBBBFBB0DZZB8B8BxBCBKBBO+C+CBBBEBBCrFrFBBBgBBB7BBBCDBDBBDCBKLLB1C1CBBBIDDCDBCBBCmDmDBBBJBBErDrDBBBHCCBCBDuHuHBBBHDBDyDyDBBBJBBCuDuDCBBHoDoDCBBFmImIBBBK4H4HBEBCBBFDDCvEvEBBBJDBF1C1CeBB-BqGqGECCoGPPrDIID2G2GBDBFBBC-K-KBNNxBBBJBBCpvQpvQBBBlxD2BBpDBB0rYBBHFB", false)),
    Me: () => new UnicodeRangeTable(decodeRanges("okBBB1xF-wB-wBBCBCCBsshBCB", false)),
    Mn: () => new UnicodeRangeTable(decodeRanges("gYvDB0IEBqIsBBCCCBCCBCCpCKBxBUBRmDmDBFBDFBDBBCDBkBffBZB8CKB7BIBKZZBCBCIBCCBCEBsBCB8BIBrBXBCfB4BCCFHBFEEBFBLBBe7B7BFDBJVVBbbDBB6BFFBFFBDDBBBEffBEEMBB6BFFBDBCBBFVVBXXBEBC7B7BDCCBCBJIIBMMBff+BNNzBEE4BCCBBBGCBCDBIBBMBBe7B7BDHHGBBVBBdBB6BBBFDBJVVBeepCIIBBBC7C7CDGBNHBjDDDBHBMGBqCBBcEC4BNBCEBCBBGKBCjBBKnDnDBCBCFBCBBDBBaBBFCBRDBODDBHHQgWgWBBBzdCBeBBfBBfBBhCBBCGBJDDBJBKuBuBBBBC2D2DBjBjB3DCBFBBKHHBBB8GBBD7B7BCGBCCCDHBHJBDxBxBBMBCeBDLBVDBxBCCBDBCGGpBIBNBBhBDBDBBCCB5BCCBEECCB7BHBDBB5ECBCMBCGBFHHEBBnG-BBxWMBFEEBKB--CCBuEhDhDBeBrRDBsDBB1udFFBIBhBBBxCBBxIEEFaaBGG4EBBbRBOnBnBBGBaKBvBCBxBDDBCBDBBoBkCkCBEBDBBDBBNJJwB0B0BCCBDBBGBBCrBrBBJJvHDDFx5Tx5TiXPBRPBuejHjH2EEBn0BCBCBBGDBpBCBFmFmFB+R+RBCBiCEB+JBBuCFBnCKByBDB8D3B3BBNBqBDDBLLBBByBDBDBBI+B+BBBBlBEBCHB-BNNB1B1BBHBLDBDgDgDBBBDCCBHHD+E+EEHBWBB6BBBEmBmBBFBEEBnCFBOECPBB2CHBDCBCYY1CFBCFFBCCBvHvHBCBHBBCBBcBB2CHBDCCBrDrDCDDBEBCmDmDCDDBCBCEBkIIBCBBhIBBCFFxEDBDBBFhBhBBIBpBFBDDBJKKBEBDCBvBMBCBBnGCCBBBCqGqGBFBCFBCzCzCBUBDGBCBBCBB7DFBECCBCCBFBCpCpCBEEC8K8KBMMB1B1BBDBGCCYmnFmnFHOBpmLLBECBhuCEB8BGB5gBgCgCBCByC5lT5lTBizEizEBsBBDWBhRCBSHBDGBfDB1ECB89B2BBFxBBJPPXEBCOBxqBGBCQBDGBCBBCEBlDhFhFBFB4L+B+BBCB9PDB-HBB0HDDIBBG7O7OBFBuDGB29lYvHB", false)),
    N: () => new UnicodeRangeTable(decodeRanges("wBJB5DBBGDDBBBitBJBnEJBnGJB9MJB3DJBFFBtDJB3DJB3DJBDFBvDMB0DJBJGBoDJBpDGBISBuDJBhDJB3DJBnCTBtIJBnCJBwWTBybCBwHJBHJBXJBtJJBhEKBmFJBHJB3FJB3CJBnEJBHJB3gBEEBEBHJBnGyBBDEB3W7BBvCVB3TdBqrBqYqYaIBPCB4KDBrEJBfHBCOBhBJBoBOBh7cJB9FJBhKFB7EJBnBJBnGJBXJB3CJB3MJB34UJBuPsBBN4BBSBB2KaBlBDBeJJnEEBrGJBvdHBaGBoBIBsCEBXFBhFBBDPBDtBBhCIB1BBBfCBsCEBpDHBZHBqBGBrKFBxBJBHJB3IeB-EJBrBDBxDGBnEdBhEJB9BJBxEJBITB8HJB3KJB3DJB3LJBnDJBHTBtCLBlNSB+CJB3UJB3CcBkHJBnCJB3BJBnLJBnDUBshBuDBimPJBnpCJB3CJBnEJBCGBvQJBnIWB+KCB6nXJBnuBTBNTBtDYB2iBxBBhqCJBnNJB3PJB4HJBtWIBhEJB4Y6BBCCBCDBtCsBBCOBjeMBk3CJB", false)),
    Nd: () => new UnicodeRangeTable(decodeRanges("wBJnxBJnEJnGJ9MJ3DJ3DJ3DJ3DJ3DJ3DJ3DJ3DJ3DJhDJ3DJnCJ3IJnCJn6BJnBJtJJhEJnFJHJ3FJ3CJnEJHJnuiBJnVJnBJnGJXJ3CJ3MJ34UJnsBJnkCJHJ9YJhEJ9BJxEJ3IJ3KJ3DJ3LJnDJHTtCJnNJnDJ3UJ3CJ3HJnCJ3BJnLJ3uQJnpCJ3CJnEJ3QJ37XJ12CxBhqCJnNJ3PJ4HJ2aJ30EJ", true)),
    Nl: () => new UnicodeRangeTable(decodeRanges("u3FCBwzCiBBDDB-zDaaBHBPCBs1dJBxyW0BBtOJJnEEBrhIuDBm8SCB", false)),
    No: () => new UnicodeRangeTable(decodeRanges("yFBBGDDBBB2pCFB5LFB5DCBmEGB6GGBSIByNJB2hBTB0jBJBhP20B20BEFBHJBnGPBqB3W3WB6BBvCVB3TdBqrB1kB1kBBCBrEJBfHBCOBhBJBoBOBxrdFBymWsBBiCDBSBB2KaBlBDB1pBHBaGBoBIBsCEBXFBhFBBDPBDtBBhCIB1BBBfCBsCEBpDHBZHBqBGBrKFBhLeB-EJBrBDBxDGBnETB8LTBmqBBBvNIBobSB0aUBn8SGB-YWBqhZTBNTBtDYBvqFIBid6BBCCBCDBtCsBBCOBjeMB", false)),
    P: () => new UnicodeRangeTable(decodeRanges("hBCBCFBCDBLBBEBBbCBCccCkBkBGEELBBEEE-VJJzOFBqBBB0BCCDDDtBBBVBBCBBOCCBBBrCDBnDsBsBBMBqHCB3BOBgBmImIBLLtE5D5D6DnMnMNwLwL7CLLBpFpFBNBCmBmBBCBoCrCrCBDBFBBwDFBsFlTlTBHB4EuTuTtBBBvCCBoCBB+ECBCCBmBKB6JBB5GBBhEGBCFBhFBBLGBdCB9DDB8BEB-BBBhCHBM9Z9ZBWBJTBCMBCLBfBBPBB6TDBeBB+hBNBwCBBgBJB0MVBgCDBhBBB8XDBCBBxDwEwEBtBBCfBDLBkNCBFJBDLBRNNjD7C7CjgdBBuICBkDLL0DFB9LDB3CBBpBCBCyByBBwBwBiDMBRBB9DDB-DBBRBB6HzqUzqUBxGxGBIBXiBBCNBCFFCBB2ECBCFBCDBLBBEBBbCBCccCCCBFB7MCB9UxBxB-MoXoXoGgBgBxIIBnBxDxDBFBjCGB6CDByO-J-JjBlElEBDBtBDB+FGBuDBBCDB-DDBxBBBwCDBFOOCCB5CFBsDrJrJBCCBzDzDBDBLBBCpDpD7HWBqDCBdMBtCjEjEBBB9HpIpIBBB8E9C9CBGB0CCBCEB+CJB4GgDgDBDBrBBBmUBBrCMBwFxjBxjBBDB97CBB8zOBBmEiCiCBDBJpRpRBBBoJDBoK9lT9lTovHEB07C-a-aBAB", false)),
    Pc: () => new UnicodeRangeTable(decodeRanges("-Cg-Hg-HBUU-u3BBBZCBwHAB", false)),
    Pd: () => new UnicodeRangeTable(decodeRanges("tB9qB9qB0BiyDiyDmgBqgCqgCBEBiwDDDgBBBFdd-NUUwDxszBxszBBmBmBLqFqFhzD-J-J", false)),
    Pe: () => new UnicodeRangeTable(decodeRanges("pB0B0BgB+1D+1DC-6B-6BqtC4B4BQ7T7TCff-hBMCxChBhBCGC1MUChCCCiBmhBmhBCECtBGCtNICEGCDBB-ozB6G6GeOCESSCCCrF0B0BgBGD", false)),
    Pf: () => new UnicodeRangeTable(decodeRanges("7F+6H+6HEddpuDCCFDDQEE", false)),
    Pi: () => new UnicodeRangeTable(decodeRanges("rFt7Ht7HDBBDaapuDCCFDDQEE", false)),
    Po: () => new UnicodeRangeTable(decodeRanges("hBCBCCBDECBLLBEEBcclCGGPBBI-V-VJzOzOBEBqB3B3BDDDtBBBVBBCBBOCCBBBrCDBnDsBsBBMBqHCB3BOBgBmImIBLLtE5D5D6DnMnMNwLwL7CLLBpFpFBNBCxDxDrCEBFBBwDFBsFlTlTBHBmY9D9DBBBoCBB+ECBCCBmBFBCDB6JBB5GBBhEGBCFBhFBBLGBdCB9DDB8BEB-BBBhCHBMjajaBJJBGBJIBDDBDCBEKBCCCBIB7kDDBCBBxDwEwEBFFBBBDDDBHBCBBCDDBLLBDBCJBDDBCCCBLBDCBtNCB6B+F+FjgdBBuICBkDLL0DFB9LDB3CBBpBCBCyByBBwBwBiDMBRBB9DDB-DBBRBB6HlxUlxUBFBDXXVBBDDBECBCDBICBHCCB2E2EBBBCCBDECBLLBEEBcclBDDB7M7MBBB9UxBxB-MoXoXoGgBgBxIIBnBxDxDBFBjCGB6CDB0ZlElEBDBtBDB+FGBuDBBCDB-DDBxBBBwCDBFOOCCB5CFBsDrJrJBCCBzDzDBDBLBBCpDpD7HWBqDCBdMBtCjEjEBBB9HpIpIBBB8E9C9CBGB0CCBCEB+CJB4GgDgDBDBrBBBmUBBrCMBwFxjBxjBBDB97CBB8zOBBmEiCiCBDBJpRpRBBBoJDBoK9lT9lTovHEB07C-a-aBAB", false)),
    Ps: () => new UnicodeRangeTable(decodeRanges("oBzBzBgB-1D-1DC-6B-6B-rCEEnB4B4BQ7T7TCff-hBMCxChBhBCGC1MUChCCCiBmhBmhBCECaTTCECtNICEGCDipzBipzB4GeeCMCESSCCCrFzBzBgBEEDAB", false)),
    S: () => new UnicodeRangeTable(decodeRanges("kBHHRCBgBCCcCCkBEBCBBDCCBCBDEEfgBgBrODBNNBGGBCCCBPB2DPPBxDxDsErIrIBBB3DCBDDDBvGvGLUUB4H4HIBBpEqLqLBHHB2H2H-DjEjEBGBlEwGwGqBmGmGiGCBQCCBBBDFBVECmEHBCFBCBBGDBmGBBxXJB0WuLuLlL+E+EBgBBiLJBKIBhiBCCBBBMCBOCBOCBOBBmCOOoBCBOCBUhBB-BBBCDBCBBLCCBBBGFBCECFMMBFFBDBGDBC7B7BBFFB2LBFcBD+HBXKByCtCBXnTBtBwBBDeBLyMBX+BBFfBD1LBDpEBmHFBmLBBvBZBC4CBN1GBbPBFOOBNNWBBHBB8CBB0HBBFJBhBlBBKRRBdBMdBJQQBeBLmBBQ-JBhuG-BBx0V2BB6RWBKBBoDBB+EDBLDB+RCBiHPPB+9T+9TpEgBBuLPBhCBB3BHBtBDBjDCCBBBD7E7EHRRBBBgBCCcCCiEGBCGBOBB6JIB6BQBDCBCMBEwBwBBrBB7zBBBwSmWmWBiKiKBGBnjC2kC2kCBbBr6SDBG3qU3qUk7DvHBLCBEzNBHWBQQBgDzDB9B1HBLmBBD7BBGCBXBBIdBF8BBWhCBE7F7FB1CBrbaagBaagBaagBaagBaa9B-PB4BDBzBHBCNBCBBp2BwNwNttCEE+DiOiOBvIvIBqBBFjDBNOBDOBCOBCkBBYgFB5BcBOrBBFIBIBBPFB7E4eBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBBPIBoB3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBC7CBLAB", false)),
    Sc: () => new UnicodeRangeTable(decodeRanges("kB+D+DBCBqnB8D8DzPBBzPBBI2H2HoImSmS8sClmClmCBgBB37hBkuVkuVtD7E7E8GBBEBB3-HDB-4wBxtCxtC", false)),
    Sk: () => new UnicodeRangeTable(decodeRanges("+CCCoCHHFEEqQDBNNBGGBCCCBPB2DPPBjoBjoB15FCCBBBMCBOCBOCBOBB9kEBBkzdWBKBBoDBBxePPBniUniUBPB8bCCjF4g9B4g9BBDB", false)),
    Sm: () => new UnicodeRangeTable(decodeRanges("rBRRBBB+BCCuBFFmBgBgB-XwQwQBBB8xGOOoBCBOCBsEoBoBBDBHlClCBDBGBBFGDIgBgBBDDCgBgBBqIBhBBB7CffBXBpBFB2OKK3BHBwDxKxKBDBDeBLPBhIiEBX+BBFfBDhIBxBUBDFB9+zB5Z5ZCCBlFRRBBB+BCCkEHHBCBitDBBhrwBx+Bx+BagBgBagBgBagBgBagBgBat5Ft5FB-uC-uCBHB", false)),
    So: () => new UnicodeRangeTable(decodeRanges("mFDDFCCyerIrIBgEgEBvGvGLUUB4H4HkQ2L2LjEFBClElEwGqBqBoMCBQCCBBBDFBVECmEHBCFBCBBGDBmGBBxXJB0WzWzW+EhBBiLJBKIBksBBBCDBCBBLCCBHHBEBCECFMMBPPCBBC7B7BBKKBDBDDBCBBCBBCGBCeBDBBCCCBdBtIHBFTBDGBDwCBCdBanBBHnCBXKByCtCBX2FBCIBC1BBJuDBC3HBtBrBBhC-HBhQvBBWBBHmBBDpEBmHFBmLBBvBZBC4CBN1GBbPBFOOBNNWBBHBBxKBBFJBhBlBBKRRBdBMdBJQQBeBLmBBQ-JBhuG-BBx0V2BBibDBLBBC+R+RBBBqqUPBuLPBhCBB3BHBuBCBlPEEFBBOBB6JIB6BQBDCBCMBEwBwBBrBB7zBBBwSpgBpgBBGBnjC2kC2kCBGBFQBr6SDBG3qU3qUk7DvHBLCBEzNBHWBQPBhDzDB9B1HBLmBBD7BBGCBXBBIdBF8BBWhCBE7F7FB1CBqlB-PB4BDBzBHBCNBCBBp2B96C96CiEyWyWBqBBFjDBNOBDOBCOBCkBBYgFB5BcBOrBBFIBIBBPFB7E6HBG4WBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBB-B3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBC7CBLAB", false)),
    Z: () => new UnicodeRangeTable(decodeRanges("gBgEgEgvFgsCgsCBJBeBBGwBwBh9DAB", false)),
    Zl: () => new UnicodeRangeTable(decodeRanges("ohIA", true)),
    Zp: () => new UnicodeRangeTable(decodeRanges("phIA", true)),
    Zs: () => new UnicodeRangeTable(decodeRanges("gBgEgEgvFgsCgsCBJBlBwBwBh9DAB", false)),
    ASCII_Hex_Digit: () => new UnicodeRangeTable(decodeRanges("wBJIFbF", true)),
    Alphabetic: () => new UnicodeRangeTable(decodeRanges("hCZBHZBwBLLFGGBVBCeBCpOBFLBPEBICC3CeeBQBCBBDDBCHHCCBCCCBSBCyCBCqEBJlFBClBBDHHBnBBoBNBCCCBCCBCCJaBFDBeKBG3BBCGBPlDBCHBFHBFCBLCBDRRBuBBOkDBZgBBKBBFGGBWBDSBUYBIKBGXBCGBIJJBoBBLLBEGBHrCBCPBCCBFOBOSBCHBDBBDVBCGBCEEBCBEHBDBBDBBCJJFBBCEBNBBLFFBBBCFBFBBDVBCGBCBBCBBCBBFEBFBBDBBFIIBCBCSSBEBMCBCIBCCBCVBCGBCBBCEBEIBCCBCBBEQQBCBWDBFCBCHBDBBDVBCGBCBBCEBEHBDBBDBBKBBFBBCEBORRBCCBEBECBCDBEBBCCCBEEBEEBBBELBFEBECBCCBEHHpBMBCCBCWBCPBEHBCCBCCBJBBCCBCBBDDBdDBCHBCCBCWBCJBCEBEHBCCBCCBJBBGCBCDBOCBNMBCCBCoBBDHBCCBCCBCGGBCBIEBXFBCCBCRBEXBCIBCDDBFBJFBCCCBGBTBBO5BBGGBH0B0BBECBDBCXBCCCBRBCCBDEBCHHPDBhBgCgCBGBCjBBFSBFPBCjBBkC2BBCDDBDBR-BBLDBDlBBCGGDqBBCsKBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBmBPBR1CBDFBErTBDQBCZBGqCBEKBITBMUBNTBNMBCCBCBBNzBBDSBPFFkC4CBIqBBGlCBLeBCLBFIBYdBDEBMrBBFZB3BbBF+BBDTBzBYYBMMBBByBzBBCOBCHB0BpBBDDBLrBBCKBP2BBXCBLjBBDKBGqBBDCBqBDBCFBCBBEGGB+FBUhBBM1IBDFBDlBBDFBDHBCGCBdBD0BBCGBCEEBBBCGBEDBDFBFMBGCBCGB1DOORMBmDFFDJBCEEBDBHGCBCBCKBDDBGEBFSSBnBBuZzBB34BkHBHDBEBBNlBBCGGD3BBIRRBVBKGBCGBCGBCGBCGBCGBCGBCGBCfBwB2O2OBBBaIBIEBDEBF1CBHCBC5CBCDBGqBBC9CBSfBxBPBhQ-tGBhCs0VBkCtBBDsIBEPBLBBVuBBGHBEwDBoBIBDmDBDxCBVUBCgBBZzBBNjCBCtBtBBEBECCBBBLgBBGiBBOcBEyBBCLBQRRBOBLEBC2BBKNBTWBEkCBCCCZCBDPBDDBMFBDFBDFBKGBCGBCqBBCNBH6DBWj9KBNWBFwBBloItLBDpDBnBGBNEBGLBCMBCEBCCCBCCBCCBqDBiBqLBT-BBD1BBpBLB1DEBCmEBlBZBHZBM4CBEFBDFBDFBDCBkBLBCZBCSBCBBCOBDNBjB6DBmC0BBsIcBEwBBwBfBOdBGqBBGdBDjBBFHBCEBrB9EBTjBBFjBBFnBBJzBBNKBCOBCGBCBBCKBCOBCGBCBBEzBBN2JBKVBLHBZFBCpBBCIBmCFBDCCBqBBCBBEDDBVBLWBKeBiCSBCBBLVBLZBHZBnB3BBHBBhCDBCBBGHBCCBCcBrBcBEcBkBHBCbBc1BBLVBLSBORBvDoCB4ByBBOyBBOnBBjBbBEGGBVB7HpBBCBBEBBRFBzBCBEcBLJJBUBrBRBvBUBcWBKlCBsBEBL4BBKOOBXBYyBBSDBJiBBEKKB+BBCDBKBBLCCkBRBChBBDHHBCB-BGBCCCBCBCOBCJBI4BBYDBCHBDBBDVBCGBCBBCEBEHBDBBDBBEHHGGBdJBCDDClBBCJBCDDCDBCBBECCtBhCBCCBCDBVCBfhCBDBBC5F5FB0BBDGBaFBjB+BBCEE8B1BBDoCoCBZBDNBWGB6F4BBoD-BBgBHBDDDBGBCBBCdBCBBDBBDDB+CHBDtBBDFBCCCBccBxBBDJBSnCBGTTBnCBoDHB5CgBBgBIBCsBBCGBCyByBBcBDVBCNBqCGBCBBCrBBECCBCCBBBCDDBZZBEBCBBCkBBCBBCDBCYYBqBBlIWBKQBCoBBECBwDwCwCB4cBnDuDBSjGBtyCgDBQvhBBSFBa68DBGmSB61GuBBy2B4RBIeBSuCBSdBTvBBRDBgBUBGSBxNsBB0G-BBhBYBDYBtBqCBF4BBIQBhCBBCNNBFBK1mHBqBfBiDyDB+vIDBCGBCBBCiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBFi7Fi7FBzCBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDYBCYBCeBCYBCeBCYBCeBCYBCeBCYBCHB15BeBHFB2GGBCQBDGBCBBCEBG9BBiBxDxDBrBBLGBRiKiKBcBTrBBlPbBlHdBDwGwGBdBCVBJBBhHGBCDBCBBCOBCkGB8BjCBEEE1lBDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1TZBHZBHZB3zD-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB", false)),
    Dash: () => new UnicodeRangeTable(decodeRanges("tB9qB9qB0BiyDiyDmgBqgCqgCBEB+BoBoBQnMnMlgDDDgBBBFdd-NUUwDxszBxszBBmBmBLqFqFhzD-J-J", false)),
    Emoji: () => new UnicodeRangeTable(decodeRanges("jBHHGJBwDFFu8HNN5GXX7CFBQBBwLBBNnFnFaKBFCBoGoHoHBLLK7B7BBCBCEBKGDBDDFDDCBBDIEBJJBBBGCCGLBMBBDCCBCCTDDBTTBEBCCCBEEBGGDBBFBBMBBGBBDGGBECBVVBGGBEBCDBDFFDDDBEBCDDCCCHEEHLLBQQDFFCFFBBBCMMBxBxBBBBKeP1LBBwOCBUBB0BFF7mBNN6SCCrrvDrGrGhFBBNBBPDDBIBsCZBCBBYVVDIBWBBvFhBBDvDBDBBCCBDyCBDCBCmIBC+BBMFBCXBIBBDHBNDDBCBDFFBOOBDDJBBKGGBBBNCBJCBDCCFHHEHHB0CBxBlCBGHBDDBEJBECCBEEDJBkHLBF8I8IBtBBCJBC4FBxDMBEKBE4BBCFFBOBDLBFJB", false)),
    Emoji_Component: () => new UnicodeRangeTable(decodeRanges("jBHHGJB0+H2G2Gsp3B3+8B3+8BBYB8PEBxtBDBtzhY-CB", false)),
    Emoji_Modifier: () => new UnicodeRangeTable(decodeRanges("7-8DE", true)),
    Emoji_Modifier_Base: () => new UnicodeRangeTable(decodeRanges("9wJ8G8GRDB4jzD9B9BBBBDDDBBB2DBBDKBWSBEFFBBBCCBICCZqGqGBFFWFFBvFvFBBBEEB0CRRBBBKMMgSDDJHBHKKBIBDCB5B+B+BBCCBCCSCBCMBmHCBrBIB", false)),
    Emoji_Presentation: () => new UnicodeRangeTable(decodeRanges("64IBBuGDBEDDqQBBWBBzBLBsBUUOJJBSSBGGBJJGWWIBBCFFDIIFBBdkBkBCFFBBBC+B+BBBBZPP8aBB0BFFvlxDrGrG-FDDBIBsCZBCZZVDDBDBCCBWBBvFgBBNIBClCBCVBNqBBFEBNQBEEEBlCBCCCB5FBD+BBODBCXBTbbBOO3C0CBxBlCBHEEBBBDDBEDBMBBIIBkHLBF8I8IBtBBCJBC4FBxDMBEKBE4BBCFFBOBDLBFJB", false)),
    Extended_Pictographic: () => new UnicodeRangeTable(decodeRanges("pFFFu8HNN5GXX7CFBQBBwLBBNnFnFaKBFCBoGoHoHBLLK7B7BBCBCEBKGDBDDFDDCBBDIEBJJBBBGCCGLBMBBDCCBCCTDDBTTBEBCCCBEEBGGDBBFBBMBBGBBDGGBECBVVBGGBEBCDBDFFDDDBEBCDDCCCHEEHLLBQQDFFCFFBBBCMMBxBxBBBBKeP1LBBwOCBUBB0BFF7mBNN6SCCrrvDoBoBBCBlDLBQBBQPPBmBmBBIBxDBBNBBPDDBIBU3BBcOBLVVDIBCDBKWBH7FBDvDBDBBCCBDyCBDCBCDBG9HBC+BBMFBCXBIBBDHBNDDBCBDFFBOOBDDJBBKGGBBBNCBJCBDCCFHHEHHB0CBxBlCBGHBDQBECCBEBDMB7GlBBNDB5BHBLFBpBHBfBBNDBDNBKmBBNuBBCJBC4FB5CHBPxEBhI9fB", false)),
    Hex_Digit: () => new UnicodeRangeTable(decodeRanges("wBJIFbFq1-BJIFbF", true)),
    Lowercase: () => new UnicodeRangeTable(decodeRanges("hDZBwBLLFlBlBBWBCHBC2BCBQCBuBCDECBBBDCCDEEBFFDEEBBBDDDCCCDCCBCCDEECDDBDDBBBHGDCOCBSCBDDCEEC4BCBFBDDDBCCFICBjCBDiBBIBBfEBhDsBsBCEEDDBTccBhBBCBBECBCWCBDBCGDB0B0BBuBBCgBCK0BCDMCBgDCxBoBBo6CqBBCDB5XFBjkCIBC2D2DB+FBiC0ECBHBCgDCBHBJFBLHBJHBJFBLHBJHBJNBDHBJHBJHBJEBCBBHEEBBBCBBJDBDBBJHBLCBCBB6DOORMBuDEEBEEcKFDBBJDBFiBiBBOBFsasaBYBn6BvBBCEEBGCFCCBCCBGBEiDCBIICFFNlBBCGG0oesBCUaCBBBmEMCBBBC8BCBIBCCCDICFCCDCCBBBCSCGGGCMCFCCDOCWDBCCCBBB2ZqBBCNBHvCBh6TGBNEBqhBZBumBnBBpEjBB8EKBCOBCGBCBBkODDBBBCpBBCIBmoByBB+DVB75CfBhsVfB8BYBnqZZBbGBCRBbZBbDBCCCBFBCKBbZBbZBbZBbZBbZBbZBbZBbZBbbBdYBCFBbYBCFBbYBCFBbYBCFBbYBCFBC15B15BBIBCTBHFBmI9BB1lChBB", false)),
    Math: () => new UnicodeRangeTable(decodeRanges("rBRRBBBgBeeCuBuBFmBmBgB5W5WBBBDbbBDDBBBwQCBuwGccBBBMEEOPPBCBWEBMEBiCMBFEEBFFBDBTFFDJBCDDBEBHEEBDDBCCBBBCFBENBClClCBWBCFBCBBFBBFfBCHHBPPBqIBJDBVBB7CffBZBCZZMGB+NBBNJBFFBFBBDBBEEBPCCDFBMHBGBB6BCCeDBKCBxK-BBhI-PBxBUBDFB9+zB4Z4ZBEBCjFjFRCBeCCeCCkEHHBCBitDBBhrwBwoBwoBBzCBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDjJBDxBBhwFDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1BBB-uCIB", false)),
    Quotation_Mark: () => new UnicodeRangeTable(decodeRanges("iBFFkEQQ96HHBaBBowDqOqOBCBOCBixzBDB+FFF7CBB", false)),
    Terminal_Punctuation: () => new UnicodeRangeTable(decodeRanges("hBLLCMMBEE-ZJJiQ6B6BpCPPCCB1FsBsBBJBCsHsHB3B3BBEBCHBgBmImIB1nB1nBBtFtFFFB4JBB2YHBmY9D9DBBBoCBB+ECBEoBoBBCBDBB7JBBjLDBjFBBLBBCCBeCB8FEB-BBBldYYBKKBBBwlDCBzJOOFLLCBBEBBtNBB8ndBBuICBkHEB-LBB3CBBgD4E4EBBB0ECBgERRB6H6HnxUDDB6B6BBBBCDBqFLLCMMBEEiCDD7hBxBxBnkBoGoG3JBB5EFBlCFB6CDB5dEBtBDB+FGBxDDBgECBiEBBHRRB5C5CBDBtDrJrJB2D2DBBBNBBnLDBEOBqDBB6HCBmQCC8HBB4CBBFBB-MCBuBmUmUBrCrCBspBspBBDB6vRBBmEiCiCBBBLqRqRBoJoJBnwTnwTovHDB", false)),
    Uppercase: () => new UnicodeRangeTable(decodeRanges("hCZBmDWBCGBiB2BCDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIJDCMCDQCDDDCCBC4BCIBBCBBDCCBCBCGCiJCCEJJHCCBBBCCCBCCBPBCIBkBDDBBBEWCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBpCDBNDBNDBNEBMDBnIFFECBDCBDEEBDBHGCBCBDDBLBBGbbBOBUzZzZBYBx5BvBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoqZZBbZBbZBbCCBGDBDDBCBCHBbZBbBBCDBDHBCGBcBBCDBCEBCEEBFBcZBbZBbZBbZBbZBbZBfYBiBYBiBYBiBYBiBYBiB2pE2pEBgBBvgCZBHZBHZB", false)),
    White_Space: () => new UnicodeRangeTable(decodeRanges("JEBTlDlDbgvFgvFgsCKBeBBGwBwBh9DAB", false))
  });
  static SCRIPTS = new LazyMap({
    Adlam: () => new UnicodeRangeTable(decodeRanges("go6DrCFJFB", true)),
    Ahom: () => new UnicodeRangeTable(decodeRanges("g4lCaDOFW", true)),
    Anatolian_Hieroglyphs: () => new UnicodeRangeTable(decodeRanges("ggxCmS", true)),
    Arabic: () => new UnicodeRangeTable(decodeRanges("gwBEBCFBCNBCCBCfBCJBMZBCrDBChBBxCvBBxHhBBGqCBCcBxy8BtPBDvEBhBPBxDEBCmEBk7DeBkCFBJIBiBFBh43BDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1BBB", false)),
    Armenian: () => new UnicodeRangeTable(decodeRanges("xpBlBDxBDCks9BE", true)),
    Avestan: () => new UnicodeRangeTable(decodeRanges("g4iC1BEG", true)),
    Balinese: () => new UnicodeRangeTable(decodeRanges("g4GsCCxB", true)),
    Bamum: () => new UnicodeRangeTable(decodeRanges("g1pB3CpowB4R", true)),
    Bassa_Vah: () => new UnicodeRangeTable(decodeRanges("w26CdDF", true)),
    Batak: () => new UnicodeRangeTable(decodeRanges("g+GzBJD", true)),
    Bengali: () => new UnicodeRangeTable(decodeRanges("gsCDBCHBDBBDVBCGBCEEBCBDIBDBBDDBJFFBCCBDBDYB", false)),
    Beria_Erfe: () => new UnicodeRangeTable(decodeRanges("g17CYDY", true)),
    Bhaiksuki: () => new UnicodeRangeTable(decodeRanges("ggnCICsBCNLc", true)),
    Bopomofo: () => new UnicodeRangeTable(decodeRanges("qXB6wLqBxDf", true)),
    Brahmi: () => new UnicodeRangeTable(decodeRanges("ggkCtCFjBKA", true)),
    Braille: () => new UnicodeRangeTable(decodeRanges("ggK-H", true)),
    Buginese: () => new UnicodeRangeTable(decodeRanges("gwGbDB", true)),
    Buhid: () => new UnicodeRangeTable(decodeRanges("g6FT", true)),
    Canadian_Aboriginal: () => new UnicodeRangeTable(decodeRanges("ggF-TxRlC7tgCP", true)),
    Carian: () => new UnicodeRangeTable(decodeRanges("g1gCwB", true)),
    Caucasian_Albanian: () => new UnicodeRangeTable(decodeRanges("wphCzBMA", true)),
    Chakma: () => new UnicodeRangeTable(decodeRanges("gokC0BCR", true)),
    Cham: () => new UnicodeRangeTable(decodeRanges("gwqB2BKNDJDD", true)),
    Cherokee: () => new UnicodeRangeTable(decodeRanges("g9E1CDFz7lBvC", true)),
    Chorasmian: () => new UnicodeRangeTable(decodeRanges("w9jCb", true)),
    Common: () => new UnicodeRangeTable(decodeRanges("AgCBbFBbuBBCOBCEBYgBgBiOmBBGEBDTB1DKKHCC+THHPEEhB9E9ElQiEiEB6mB6mB2MDBjJwvBwvBBBBoCBBsGBBCumBumBOIIBCBCFBCCBDmYmYBKBD2CBCKBEKBCOBShBB-BlBBCCBDFBCaBCQBqBCBF5UBXKBW-cBhIzTBDpEBhQ9CBzMUBCCCBXBQHBFDB8CBBE7C7CB0E0EBOBhBlBBKxBxBB+BBgBwCBwB5C5CBmFBhuG-BBhoWhBBnDCBmFJB1HhFhFsMPPBzuUzuUBxGxGBIBXiBBCSBCDB0ECCBeBbFBbKBLuBuBBhChCBFBCGBLEBjICBFsBBEIBxCMB0BsBBlHaBltuBDB96D8HBEzNBHWBQQBgDzDB9B1HBLmBBD9BBEQBJBBIdBF8BB2GTBNTBN2CBKYBoE0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDjJBDxBByjFjCBtC8BBjWrBBFjDBNOBDOBCOBCkBBLtFB5BZBCBBOrBBFIBIBBPFB7E4eBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBBPIBoB3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBCmDBnghYffB+CB", false)),
    Coptic: () => new UnicodeRangeTable(decodeRanges("ifNxkKzDGG", true)),
    Cuneiform: () => new UnicodeRangeTable(decodeRanges("ggoC5cnDuDCEMjG", true)),
    Cypriot: () => new UnicodeRangeTable(decodeRanges("ggiCFBDCCBqBBCBBEDD", false)),
    Cypro_Minoan: () => new UnicodeRangeTable(decodeRanges("w8rCiD", true)),
    Cyrillic: () => new UnicodeRangeTable(decodeRanges("ggBkEBDoFBx6FKBhFtCtCojEfBhie-CBv8VBBhw4B9BBiBAB", false)),
    Deseret: () => new UnicodeRangeTable(decodeRanges("gghCvC", true)),
    Devanagari: () => new UnicodeRangeTable(decodeRanges("goCwCFODZh7nBfhwcJ", true)),
    Dives_Akuru: () => new UnicodeRangeTable(decodeRanges("gomCGBDDDBGBCBBCdBCBBDLBKJB", false)),
    Dogra: () => new UnicodeRangeTable(decodeRanges("ggmC7B", true)),
    Duployan: () => new UnicodeRangeTable(decodeRanges("ggvDqDGMEIIJDD", true)),
    Egyptian_Hieroglyphs: () => new UnicodeRangeTable(decodeRanges("ggsC1iBL68D", true)),
    Elbasan: () => new UnicodeRangeTable(decodeRanges("gohCnB", true)),
    Elymaic: () => new UnicodeRangeTable(decodeRanges("g-jCW", true)),
    Ethiopic: () => new UnicodeRangeTable(decodeRanges("gwEoCBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBDfBEZBnvGWBKGBCGBCGBCGBCGBCGBCGBCGBjpfFBDFBDFBKGBCGBylvCGBCDBCBBCOB", false)),
    Garay: () => new UnicodeRangeTable(decodeRanges("gqjClBEcJB", true)),
    Georgian: () => new UnicodeRangeTable(decodeRanges("glElBBCGGDqBBCDBx8CqBBDCBhiElBBCGG", false)),
    Glagolitic: () => new UnicodeRangeTable(decodeRanges("ggL-Ch9sDGCQDGCBCE", true)),
    Gothic: () => new UnicodeRangeTable(decodeRanges("w5gCa", true)),
    Grantha: () => new UnicodeRangeTable(decodeRanges("g4kCDBCHBDBBDVBCGBCBBCEBDIBDBBDCBDHHGGBDGBEEB", false)),
    Greek: () => new UnicodeRangeTable(decodeRanges("wbDBCCBDDBCFFCCCBBBCCCBSBC+BBPPBnpGEBzBEBFEB1ChKhKBUBDFBDlBBDFBDHBCGCBdBD0BBCOBCNBDFBCSBDCBCIBoJ-xiB-xiB7uVuCBSgj0Bgj0BBkCB", false)),
    Gujarati: () => new UnicodeRangeTable(decodeRanges("h0CCBCIBCCBCVBCGBCBBCEBDJBCCBCCBDQQBCBDLBIGB", false)),
    Gunjala_Gondi: () => new UnicodeRangeTable(decodeRanges("grnCFCBCkBCBCFIJ", true)),
    Gurmukhi: () => new UnicodeRangeTable(decodeRanges("hwCCBCFBFBBDVBCGBCBBCBBCBBDCCBDBFBBDCBEIIBCBCIIBPB", false)),
    Gurung_Khema: () => new UnicodeRangeTable(decodeRanges("go4C5B", true)),
    Han: () => new UnicodeRangeTable(decodeRanges("g0LZBC4CBN1GBwBCCaIBPDBle-tGBhC-vUBhoWtLBDpDBpodBBNGBqgkB-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB", false)),
    Hangul: () => new UnicodeRangeTable(decodeRanges("goE-HvxHBiI9CyDeiCei3dckUj9KNWFwBl9JeEFDFDFDC", true)),
    Hanifi_Rohingya: () => new UnicodeRangeTable(decodeRanges("gojCnBJJ", true)),
    Hanunoo: () => new UnicodeRangeTable(decodeRanges("g5FU", true)),
    Hatran: () => new UnicodeRangeTable(decodeRanges("gniCSCBGE", true)),
    Hebrew: () => new UnicodeRangeTable(decodeRanges("xsB2BBJaBFFBpp9BZBCEBCCCBCCBCCBIB", false)),
    Hiragana: () => new UnicodeRangeTable(decodeRanges("hiM1CBHCBi7-C+IBTeeBBBulQAB", false)),
    Imperial_Aramaic: () => new UnicodeRangeTable(decodeRanges("giiCVCI", true)),
    Inherited: () => new UnicodeRangeTable(decodeRanges("gYvDB2IBBlOKBbhXhXBCB8qEtBBDLBlPCBCMBCGBFHHEBBnG-BBtQBBjGgBB65DDBsDBBmrzBPBRNBwejHjH7iEl+uBl+uBBsBBDWBhRCBSHBDGBfDBz6rYvHB", false)),
    Inscriptional_Pahlavi: () => new UnicodeRangeTable(decodeRanges("g7iCSGH", true)),
    Inscriptional_Parthian: () => new UnicodeRangeTable(decodeRanges("g6iCVDH", true)),
    Javanese: () => new UnicodeRangeTable(decodeRanges("gsqBtCDJFB", true)),
    Kaithi: () => new UnicodeRangeTable(decodeRanges("gkkCiCLA", true)),
    Kannada: () => new UnicodeRangeTable(decodeRanges("gkDMCCCWCJCEDICCCDIBGCCDDJCC", true)),
    Katakana: () => new UnicodeRangeTable(decodeRanges("hlM5CBDCBxHPBxGuBBC3CBvgzBJBCsBBzisBDBCGBCBBCgJgJBBBzBPPBCB", false)),
    Kawi: () => new UnicodeRangeTable(decodeRanges("g4nCQCoBEc", true)),
    Kayah_Li: () => new UnicodeRangeTable(decodeRanges("goqBtBCA", true)),
    Kharoshthi: () => new UnicodeRangeTable(decodeRanges("gwiCDCBGHCCCcDCFJII", true)),
    Khitan_Small_Script: () => new UnicodeRangeTable(decodeRanges("k-7C84G84GB0OBqBAB", false)),
    Khmer: () => new UnicodeRangeTable(decodeRanges("g8F9CDJHJnPf", true)),
    Khojki: () => new UnicodeRangeTable(decodeRanges("gwkCRCuB", true)),
    Khudawadi: () => new UnicodeRangeTable(decodeRanges("w1kC6BGJ", true)),
    Kirat_Rai: () => new UnicodeRangeTable(decodeRanges("gq7C5B", true)),
    Lao: () => new UnicodeRangeTable(decodeRanges("h0DBBCCCBDBCXBCCCBVBDEBCCCBFBCJBDDB", false)),
    Latin: () => new UnicodeRangeTable(decodeRanges("hCZBHZBwBQQGWBCeBCgOBoBEB8wGlBBHwBBGDBGMBClCBiC-HByLOORMBuEBBHccSoBB42CfBj1elDBExCBVOBxZqBBCIBCDB38TGB7gBZBHZBmhCFBCpBBCIBm61BeBHFB", false)),
    Lepcha: () => new UnicodeRangeTable(decodeRanges("ggH3BEOEC", true)),
    Limbu: () => new UnicodeRangeTable(decodeRanges("goGeBCLBFLBFEEBKB", false)),
    Linear_A: () => new UnicodeRangeTable(decodeRanges("gwhC2JKVLH", true)),
    Linear_B: () => new UnicodeRangeTable(decodeRanges("gggCLCZCSCBCODNjB6D", true)),
    Lisu: () => new UnicodeRangeTable(decodeRanges("wmpBvBx1eA", true)),
    Lycian: () => new UnicodeRangeTable(decodeRanges("g0gCc", true)),
    Lydian: () => new UnicodeRangeTable(decodeRanges("gpiCZGA", true)),
    Mahajani: () => new UnicodeRangeTable(decodeRanges("wqkCmB", true)),
    Makasar: () => new UnicodeRangeTable(decodeRanges("g3nCY", true)),
    Malayalam: () => new UnicodeRangeTable(decodeRanges("goDMCCCyBCCCFFPDZ", true)),
    Mandaic: () => new UnicodeRangeTable(decodeRanges("giCbDA", true)),
    Manichaean: () => new UnicodeRangeTable(decodeRanges("g2iCmBFL", true)),
    Marchen: () => new UnicodeRangeTable(decodeRanges("wjnCfDVCN", true)),
    Masaram_Gondi: () => new UnicodeRangeTable(decodeRanges("gonCGBCBBCrBBECCBCCBHBJJB", false)),
    Medefaidrin: () => new UnicodeRangeTable(decodeRanges("gy7C6C", true)),
    Meetei_Mayek: () => new UnicodeRangeTable(decodeRanges("g3qBWqGtBDJ", true)),
    Mende_Kikakui: () => new UnicodeRangeTable(decodeRanges("gg6DkGDP", true)),
    Meroitic_Cursive: () => new UnicodeRangeTable(decodeRanges("gtiCXFTDtB", true)),
    Meroitic_Hieroglyphs: () => new UnicodeRangeTable(decodeRanges("gsiCf", true)),
    Miao: () => new UnicodeRangeTable(decodeRanges("g47CqCF4BIQ", true)),
    Modi: () => new UnicodeRangeTable(decodeRanges("gwlCkCMJ", true)),
    Mongolian: () => new UnicodeRangeTable(decodeRanges("ggGBBDCCBSBH4CBIqBB2t-BMB", false)),
    Mro: () => new UnicodeRangeTable(decodeRanges("gy6CeCJFB", true)),
    Multani: () => new UnicodeRangeTable(decodeRanges("g0kCGBCCCBCBCOBCKB", false)),
    Myanmar: () => new UnicodeRangeTable(decodeRanges("ggE-EhqmBeiDfxibT", true)),
    Nabataean: () => new UnicodeRangeTable(decodeRanges("gkiCeJI", true)),
    Nag_Mundari: () => new UnicodeRangeTable(decodeRanges("wm5DpB", true)),
    Nandinagari: () => new UnicodeRangeTable(decodeRanges("gtmCHDtBDK", true)),
    New_Tai_Lue: () => new UnicodeRangeTable(decodeRanges("gsGrBFZHKEB", true)),
    Newa: () => new UnicodeRangeTable(decodeRanges("gglC7CCE", true)),
    Nko: () => new UnicodeRangeTable(decodeRanges("g+B6BDC", true)),
    Nushu: () => new UnicodeRangeTable(decodeRanges("h-7CvsQvsQBqMB", false)),
    Nyiakeng_Puachue_Hmong: () => new UnicodeRangeTable(decodeRanges("go4DsBENDJFB", true)),
    Ogham: () => new UnicodeRangeTable(decodeRanges("g0Fc", true)),
    Ol_Chiki: () => new UnicodeRangeTable(decodeRanges("wiHvB", true)),
    Ol_Onal: () => new UnicodeRangeTable(decodeRanges("wu5DqBFA", true)),
    Old_Hungarian: () => new UnicodeRangeTable(decodeRanges("gkjCyBOyBIF", true)),
    Old_Italic: () => new UnicodeRangeTable(decodeRanges("g4gCjBKC", true)),
    Old_North_Arabian: () => new UnicodeRangeTable(decodeRanges("g0iCf", true)),
    Old_Permic: () => new UnicodeRangeTable(decodeRanges("w6gCqB", true)),
    Old_Persian: () => new UnicodeRangeTable(decodeRanges("g9gCjBFN", true)),
    Old_Sogdian: () => new UnicodeRangeTable(decodeRanges("g4jCnB", true)),
    Old_South_Arabian: () => new UnicodeRangeTable(decodeRanges("gziCf", true)),
    Old_Turkic: () => new UnicodeRangeTable(decodeRanges("ggjCoC", true)),
    Old_Uyghur: () => new UnicodeRangeTable(decodeRanges("w7jCZ", true)),
    Oriya: () => new UnicodeRangeTable(decodeRanges("h4CCCHDBDVCGCBCEDIDBDCICFBCEDR", true)),
    Osage: () => new UnicodeRangeTable(decodeRanges("wlhCjBFjB", true)),
    Osmanya: () => new UnicodeRangeTable(decodeRanges("gkhCdDJ", true)),
    Pahawh_Hmong: () => new UnicodeRangeTable(decodeRanges("g46ClCLJCGCUGS", true)),
    Palmyrene: () => new UnicodeRangeTable(decodeRanges("gjiCf", true)),
    Pau_Cin_Hau: () => new UnicodeRangeTable(decodeRanges("g2mC4B", true)),
    Phags_Pa: () => new UnicodeRangeTable(decodeRanges("giqB3B", true)),
    Phoenician: () => new UnicodeRangeTable(decodeRanges("goiCbEA", true)),
    Psalter_Pahlavi: () => new UnicodeRangeTable(decodeRanges("g8iCRIDNG", true)),
    Rejang: () => new UnicodeRangeTable(decodeRanges("wpqBjBMA", true)),
    Runic: () => new UnicodeRangeTable(decodeRanges("g1FqCEK", true)),
    Samaritan: () => new UnicodeRangeTable(decodeRanges("ggCtBDO", true)),
    Saurashtra: () => new UnicodeRangeTable(decodeRanges("gkqBlCJL", true)),
    Sharada: () => new UnicodeRangeTable(decodeRanges("gskC-ChsCH", true)),
    Shavian: () => new UnicodeRangeTable(decodeRanges("wihCvB", true)),
    Siddham: () => new UnicodeRangeTable(decodeRanges("gslC1BDlB", true)),
    Sidetic: () => new UnicodeRangeTable(decodeRanges("gqiCZ", true)),
    SignWriting: () => new UnicodeRangeTable(decodeRanges("gg2DrUQECO", true)),
    Sinhala: () => new UnicodeRangeTable(decodeRanges("hsDCBCRBEXBCIBCDDBFBEFFBEBCCCBGBHJBDCBt-gCTB", false)),
    Sogdian: () => new UnicodeRangeTable(decodeRanges("w5jCpB", true)),
    Sora_Sompeng: () => new UnicodeRangeTable(decodeRanges("wmkCYIJ", true)),
    Soyombo: () => new UnicodeRangeTable(decodeRanges("wymCyC", true)),
    Sundanese: () => new UnicodeRangeTable(decodeRanges("g8G-BhIH", true)),
    Sunuwar: () => new UnicodeRangeTable(decodeRanges("g+mChBPJ", true)),
    Syloti_Nagri: () => new UnicodeRangeTable(decodeRanges("ggqBsB", true)),
    Syriac: () => new UnicodeRangeTable(decodeRanges("g4BNC7BDCxIK", true)),
    Tagalog: () => new UnicodeRangeTable(decodeRanges("g4FVKA", true)),
    Tagbanwa: () => new UnicodeRangeTable(decodeRanges("g7FMCCCB", true)),
    Tai_Le: () => new UnicodeRangeTable(decodeRanges("wqGdDE", true)),
    Tai_Tham: () => new UnicodeRangeTable(decodeRanges("gxG+BCcDKHJHN", true)),
    Tai_Viet: () => new UnicodeRangeTable(decodeRanges("g0qBiCZE", true)),
    Tai_Yo: () => new UnicodeRangeTable(decodeRanges("g25DeCVJB", true)),
    Takri: () => new UnicodeRangeTable(decodeRanges("g0lC5BHJ", true)),
    Tamil: () => new UnicodeRangeTable(decodeRanges("i8CBBCFBECBCDBEBBCCCBEEBEEBBBELBFEBECBCDBDHHPUBm+kCxBBOAB", false)),
    Tangsa: () => new UnicodeRangeTable(decodeRanges("wz6CuCCJ", true)),
    Tangut: () => new UnicodeRangeTable(decodeRanges("g-7CgBgBB+3GBhQeBiDyDB", false)),
    Telugu: () => new UnicodeRangeTable(decodeRanges("ggDMCCCWCPDICCCDIBCCCBDDDJII", true)),
    Thaana: () => new UnicodeRangeTable(decodeRanges("g8BxB", true)),
    Thai: () => new UnicodeRangeTable(decodeRanges("hwD5BGb", true)),
    Tibetan: () => new UnicodeRangeTable(decodeRanges("g4DnCCjBFmBCjBCOCGFB", true)),
    Tifinagh: () => new UnicodeRangeTable(decodeRanges("wpL3BIBPA", true)),
    Tirhuta: () => new UnicodeRangeTable(decodeRanges("gklCnCJJ", true)),
    Todhri: () => new UnicodeRangeTable(decodeRanges("guhCzB", true)),
    Tolong_Siki: () => new UnicodeRangeTable(decodeRanges("wtnCrBFJ", true)),
    Toto: () => new UnicodeRangeTable(decodeRanges("w04De", true)),
    Tulu_Tigalari: () => new UnicodeRangeTable(decodeRanges("g8kCJBCDDClBBCJBCDDCDBCJBCBBJBB", false)),
    Ugaritic: () => new UnicodeRangeTable(decodeRanges("g8gCdCA", true)),
    Unknown: () => new UnicodeRangeTable(decodeRanges("4bBBHDBICCVuMuMnBBBzBBBE4B4BBGBcDBHKBvI9B9BBmDmDBMB8BBByBBBQddBCCMEBjBEBuHJJBDDBXXICCBBBFBBKBBDBBFHBCDBDGGBaaBEEHDBDBBXIIDGDBCCGDBDBBECBCGBFCCBFBSJBEKKEXXIDDGBBLIEBCCBNBFBBNGBIEEJBBDBBXIIDGGBKKBDDBEEBFBEDBDGGBTTBIBDHHBBBEFFBBBDCCDCBDCBECBNDBGCBEFFBCCBEBCNBWEBOEEYRRBKKEFFBFBDEEDBBFBBLGBXEEYLLGBBKEEFGBDEBEFFBLLELBOEE0BEEHDBRBBbEETCBZKKCBBICBCDBHCCJFBLBBELB7BDBekBBDCCGZZCYYBGGCIILBBFfBpClBlBBCBoBlBlBQOOBjBBnGCCBDBCBB6LFFBIICFFBqBqBFBBiBFFBIICFFBQQ6BFFBkCkCBhBhBBBBbFB3CBBHBB+UCB6CGBXIBZIBVLBOEEDLB-CBBLFBLFBbFB6CGBsBEBnCJBgBNNBCBNDBCCBrBBBGKBtBDBbFBMCB-BBBiCeeBMMBEBLFBPBBvBBBNTBuCnFnFBGB9BCBQCB-BEBsBBBMHBsBEB3QBBHBBnBBBHBBJGCgBBB2BQQPBBHUUBEEKmDmDNBBcOOBBBjBNBiBOBtEDB7UVBMUB14BBB-LEBuBCCBDBCBB5BGBDNBZIBI4BI-DhBBb6C6CBKB3GZBxC3C3CBoDoDBDBsB-C-C3CIBxBuzcuzcBBB4BIB9KTB5FHB+GTB9BCBLFB5BHBnCHBNFB1DKBfCBvCMMBCBiB4B4BBHBPBBLBBoDXBdJBHBBHBBHIBIII9BDB-DBBLFBl9KLBYDByBjoIBvLBBrDlBBILBGEBbGGCGDrUfBrBFB0BUUFDBGoEoEBCC-FCBHBBHBBHBBECBIIIBIBGBBNbbUDDQBBPhBB8DEBEDBuBCB5COOBBBCuBBvBhEBeCByBOBdDBlBIBfEBsBEBfmBmBBCBPpBB-EBBLFBlBDBlBDBpBHB1BKBNQQIDDMQQIDDBBB1BLB4JIBXJBJXBHrBrBKkCBHBBCtBtBDCBCBBYpCpCBGBKvBBUDDBDBiBCBcEBclBB5BDBVBBzBDDBDBJEEeBBEDBLGBKGBhCfBoBDBNIB3BCBeBBcEBbGBFLBIvCBqC2BB0BMB0BGBvBHBLFBnBCBeHBDvGBgBrBrBEBBDPBHHBKgBBvBHBrBVBblBBdTBYIBvCDBlBIBlCJBCBBaGBLFB2BTTBGBoBIBhDVVBJBTwBwBB8BBICCFQQMFB8BEBLFBFJJBDDBXXIDDGLLBDDBEEBCCBEBCEBIBBICBGKBLCCBCCnBLLCBBCFFLDDBGBDcB9CGGBcBpCHBLlFB3BBBnBhBBmCKBLFBOSB7BFBLFBVbBcBBQDBY4FB9BjDB0CLBJBBCBBJDDfDDBNNBHBLlCBJBBvBBBMaBpCHB0CMBqCGBL1CBJ3CBjBNBLFBKuBuBPJBeCBhBBBXPPBnCBIDDtBCBCDDKHBLFBHDDmBDDHGBLFBtBDBL1HBaGBSqBqBBBBe0CBCOBzBMB8clDBwDGGBJBlGryCBkDMB3iBJB88DEBoS41GB7Bl2BB6RGBgBLLBCByCLLBEBfBBHJBnCJBLIIWEBUvNB7BlGB8CEBaBBarBBsCDB6BGBS-BBGKBIIB3mHoBBhBgDB0D8vIBFIIDkJkJBNBCcBEBBCNBFHBtMjoCBsDEBOCBKGBLBBJ76DB+HCB1NFBYOBSOBvBBBYIB1D7BB3HJBoBBBjGUBnC5DBVLBVLB4CIBamEB2CoCoCDBBCBBDBBFNNCIIiCFFBJJIddFGGCCBI1K1KBlJlJB-V-VBNBGQQBuiBBgBFBH0GBISSBIIDGGBDB-BgBBCvDBuBCBPBBLDBD-JBgBQB7BEBCvOBrB1GBsBDBC-FBgBXXBGBD-GBIFFDQQmGBBRoBBtCDBLDBDwYBlCrCB+BhGBFccDCCBCCLFFCCCBEBCDBCECEDDCBBCICDCCBFFIKFCLLSEBEGGSzBBDtIBtBDBlDLBQBBQQQmBJBvF3BBeMBtBDBKGBDNBH5EB6eCBSCBOCB7GFBNDBCOBNDB5BHBLFBpBHBfBBNDBDNBKmBB5KHBPBBOCBMCB6BCCBCBRBBNDBLGB0EoDoDBjgBBh3pBfB-oEBBv0FBBypHOBvThtCB-QhvBBs6EEBrpIm8yVBCdBhD-DBxHvw-FB", false)),
    Vai: () => new UnicodeRangeTable(decodeRanges("gopBrJ", true)),
    Vithkuqi: () => new UnicodeRangeTable(decodeRanges("wrhCKCOCGCBCKCOCGCB", true)),
    Wancho: () => new UnicodeRangeTable(decodeRanges("g24D5BGA", true)),
    Warang_Citi: () => new UnicodeRangeTable(decodeRanges("glmCyCNA", true)),
    Yezidi: () => new UnicodeRangeTable(decodeRanges("g0jCpBCCDB", true)),
    Yi: () => new UnicodeRangeTable(decodeRanges("ggoBskBE2B", true)),
    Zanabazar_Square: () => new UnicodeRangeTable(decodeRanges("gwmCnC", true))
  });
  static FOLD_CATEGORIES = new LazyMap({
    L: () => new UnicodeRangeTable(decodeRanges("laA", true)),
    LC: () => new UnicodeRangeTable(decodeRanges("laA", true)),
    Ll: () => new UnicodeRangeTable(decodeRanges("hCZBmDWBCGBiBuBCEECDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIBBCBBCBBCOCDQCDBBCCCBBBC4BCIBBCBBDCCBCBCGC3HrBrBCEEJHHCCBCCCBCCBPBCIBkBJJCUCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBZHBJHBJHBJEBMEBMDBNEBMEBqJEEBHHxC9zC9zCBuBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoyehBB", false)),
    Lt: () => new UnicodeRangeTable(decodeRanges("kOCCBCCBCClBCCtsHHBJHBJHBMQQwBAB", false)),
    Lu: () => new UnicodeRangeTable(decodeRanges("hDZB7BqBqBBWBCHBCuBCEECDOCDsBCDECBBBDCCDEEGDDECBDDDCCCDFFDEECDDECCGBBCBBCBBCOCBSCDBBCEECkBCEQCJDDBCCFICBEBCBBCCCBEEBCCBCBCEBDCCBDDIDDCBBEFBGLLBnFnFsBCCEEEBBBvBDBCdBCBBECBCWCBDBCGD1BvBBCgBCK0BCDMCBgDCyBlBBq6CqBBDCB5XFBjkCIBCvHvHERRzD0ECGGGC8CCBHBJFBLHBJHBJFBMGCJHBJNBzBBBNSSBPPBEEpL2B2Bs1CvBBCEEBGCHDDLiDCJCCFNNBkBBCGG0oesBCUaCoEMCE8BCLCCDICFFFCBBDSCMOCFCCDOCb9a9advCBi8UZBumBnBBpEjBB8EKBCOBCGBCBBk4ByBB+DVB75CfBhsVfB8BYBvyehBB", false)),
    M: () => new UnicodeRangeTable(decodeRanges("5cgBgBlgHAB", false)),
    Mn: () => new UnicodeRangeTable(decodeRanges("5cgBgBlgHAB", false)),
    Emoji: () => new UnicodeRangeTable(decodeRanges("8mJA", true)),
    Extended_Pictographic: () => new UnicodeRangeTable(decodeRanges("8mJA", true)),
    Lowercase: () => new UnicodeRangeTable(decodeRanges("hCZBmDWBCGBiBuBCEECDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIBBCBBCBBCOCDQCDBBCCCBBBC4BCIBBCBBDCCBCBCGCiJCCEJJHCCBBBCCCBCCBPBCIBkBJJCUCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBZHBJHBJHBJEBMEBMDBNEBMEBqJEEBHHuBPBUzZzZBYBx5BvBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoyehBB", false)),
    Math: () => new UnicodeRangeTable(decodeRanges("ycGDCHHFMMDDDCHHFAB", false)),
    Uppercase: () => new UnicodeRangeTable(decodeRanges("hDZB7BqBqBBWBCHBCuBCEECDOCDsBCDECBBBDCCDEEGDDECBDDDCCCDFFDEECDDECCGBBCBBCBBCOCBSCDBBCEECkBCEQCJDDBCCFICBEBCBBCCCBEEBCCBCBCEBDCCBDDIDDCBBEFBGLLBnFnFsBCCEEEBBBvBDBCdBCBBECBCWCBDBCGD1BvBBCgBCK0BCDMCBgDCyBlBBq6CqBBDCB5XFBjkCIBCvHvHERRzD0ECGGGC8CCBHBJFBLHBJHBJFBMGCJHBJNBzBBBNSSBPPBEEpLiBiBBOBFsasaBYBn6BvBBCEEBGCHDDLiDCJCCFNNBkBBCGG0oesBCUaCoEMCE8BCLCCDICFFFCBBDSCMOCFCCDOCb9a9advCBi8UZBumBnBBpEjBB8EKBCOBCGBCBBk4ByBB+DVB75CfBhsVfB8BYBvyehBB", false))
  });
  static FOLD_SCRIPT = new LazyMap({
    Common: () => new UnicodeRangeTable(decodeRanges("8cgBgB", false)),
    Greek: () => new UnicodeRangeTable(decodeRanges("1FwUwU", false)),
    Inherited: () => new UnicodeRangeTable(decodeRanges("5cgBgBlgHAB", false))
  });
};
var Unicode = class Unicode2 {
  static MAX_RUNE = 1114111;
  static RUNE_ERROR = 65533;
  static isUnsearchable(r) {
    return r === Unicode2.RUNE_ERROR || r >= Unicode2.MIN_HIGH_SURROGATE && r <= Unicode2.MAX_LOW_SURROGATE;
  }
  static MAX_ASCII = 127;
  static MAX_LATIN1 = 255;
  static MAX_BMP = 65535;
  static MIN_FOLD = 65;
  static MAX_FOLD = 125251;
  static MIN_HIGH_SURROGATE = 55296;
  static MAX_HIGH_SURROGATE = 56319;
  static MIN_LOW_SURROGATE = 56320;
  static MAX_LOW_SURROGATE = 57343;
  static MIN_SUPPLEMENTARY_CODE_POINT = 65536;
  static is32(ranges, r) {
    let lo = 0;
    let hi = ranges.length;
    while (lo < hi) {
      const m = lo + Math.floor((hi - lo) / 2);
      const rlo = ranges.getLo(m);
      const rhi = ranges.getHi(m);
      if (rlo <= r && r <= rhi) {
        const stride = ranges.getStride(m);
        return (r - rlo) % stride === 0;
      }
      if (r < rlo) hi = m;
      else lo = m + 1;
    }
    return false;
  }
  static is(ranges, r) {
    if (r <= Unicode2.MAX_LATIN1) {
      for (let i = 0; i < ranges.length; i++) {
        if (r > ranges.getHi(i)) continue;
        const rlo = ranges.getLo(i);
        if (r < rlo) return false;
        const stride = ranges.getStride(i);
        return (r - rlo) % stride === 0;
      }
      return false;
    }
    return ranges.length > 0 && r >= ranges.getLo(0) && Unicode2.is32(ranges, r);
  }
  static isPrint(r) {
    if (r <= Unicode2.MAX_LATIN1) return r >= 32 && r < Unicode2.MAX_ASCII || r >= 161 && r !== 173;
    return Unicode2.is(UnicodeTables.Print, r);
  }
  static simpleFold(r) {
    if (UnicodeTables.CASE_ORBIT.has(r)) return UnicodeTables.CASE_ORBIT.get(r);
    if (r <= Unicode2.MAX_ASCII) {
      const l = Codepoint.toLowerCase(r);
      return l !== r ? l : Codepoint.toUpperCase(r);
    }
    return r;
  }
  static equalsIgnoreCase(r1, r2) {
    if (r1 === r2) return true;
    if (r1 < 0 || r2 < 0) return false;
    if (r1 <= Unicode2.MAX_ASCII && r2 <= Unicode2.MAX_ASCII) {
      if (65 <= r1 && r1 <= 90) r1 |= 32;
      if (65 <= r2 && r2 <= 90) r2 |= 32;
      return r1 === r2;
    }
    for (let r = Unicode2.simpleFold(r1); r !== r1; r = Unicode2.simpleFold(r)) if (r === r2) return true;
    return false;
  }
};
var RE2JSException = class extends Error {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = "RE2JSException";
  }
};
var RE2JSSyntaxException = class extends RE2JSException {
  /**
  * @param {string} error
  * @param {string|null} [input=null]
  */
  constructor(error, input = null) {
    let message = `error parsing regexp: ${error}`;
    if (input) message += `: \`${input}\``;
    super(message);
    this.name = "RE2JSSyntaxException";
    this.message = message;
    this.error = error;
    this.input = input;
  }
  /**
  * Retrieves the description of the error.
  * @returns {string}
  */
  getDescription() {
    return this.error;
  }
  /**
  * Retrieves the erroneous regular-expression pattern.
  * @returns {string|null}
  */
  getPattern() {
    return this.input;
  }
};
var RE2JSCompileException = class extends RE2JSException {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = "RE2JSCompileException";
  }
};
var RE2JSGroupException = class extends RE2JSException {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = "RE2JSGroupException";
  }
};
var RE2JSFlagsException = class extends RE2JSException {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = "RE2JSFlagsException";
  }
};
var RE2JSInternalException = class extends RE2JSException {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = "RE2JSInternalException";
  }
};
var FAST_PATH_TABLE_SIZE = 256;
var WORD_RUNE_TABLE = new Uint8Array(FAST_PATH_TABLE_SIZE);
for (let i = 0; i < FAST_PATH_TABLE_SIZE; i++) WORD_RUNE_TABLE[i] = 97 <= i && i <= 122 || 65 <= i && i <= 90 || 48 <= i && i <= 57 || i === 95 ? 1 : 0;
var cachedNativeEncoder = null;
var cachedNativeDecoder = null;
var Utils = class Utils2 {
  static METACHARACTERS = "\\.+*?()|[]{}^$";
  static EMPTY_BEGIN_LINE = 1;
  static EMPTY_END_LINE = 2;
  static EMPTY_BEGIN_TEXT = 4;
  static EMPTY_END_TEXT = 8;
  static EMPTY_WORD_BOUNDARY = 16;
  static EMPTY_NO_WORD_BOUNDARY = 32;
  static EMPTY_ALL = -1;
  static emptyInts() {
    return [];
  }
  static isString(value) {
    return typeof value === "string" || Object.prototype.toString.call(value) === "[object String]";
  }
  static typeName(value) {
    if (value === null || typeof value !== "object" && typeof value !== "function") return value === null ? "null" : typeof value;
    return Object.prototype.toString.call(value).slice(8, -1);
  }
  static checkPattern(pattern) {
    if (!Utils2.isString(pattern)) throw new TypeError(`The pattern must be a string, not ${Utils2.typeName(pattern)} (RE2JS.translateRegExp() converts a RegExp)`);
  }
  static checkInput(input) {
    if (!Utils2.isString(input) && !Utils2.isByteArray(input)) throw new TypeError(`The input must be a string or a byte array (Uint8Array or number[]), not ${Utils2.typeName(input)}`);
  }
  static checkFlags(flags) {
    const known = PublicFlags.MULTILINE | PublicFlags.DOTALL | PublicFlags.CASE_INSENSITIVE | PublicFlags.DISABLE_UNICODE_GROUPS | PublicFlags.LONGEST_MATCH | PublicFlags.LOOKBEHINDS;
    if (!Number.isInteger(flags) || (flags & ~known) !== 0) throw new RE2JSFlagsException("Flags should only be a combination of MULTILINE, DOTALL, CASE_INSENSITIVE, DISABLE_UNICODE_GROUPS, LONGEST_MATCH, LOOKBEHINDS");
  }
  static isByteArray(input) {
    return Array.isArray(input) || Object.prototype.toString.call(input) === "[object Uint8Array]";
  }
  static isalnum(c) {
    return Codepoint.CODES["0"] <= c && c <= Codepoint.CODES["9"] || Codepoint.CODES["a"] <= c && c <= Codepoint.CODES["z"] || Codepoint.CODES["A"] <= c && c <= Codepoint.CODES["Z"];
  }
  static unhex(c) {
    if (Codepoint.CODES["0"] <= c && c <= Codepoint.CODES["9"]) return c - Codepoint.CODES["0"];
    if (Codepoint.CODES["a"] <= c && c <= Codepoint.CODES["f"]) return c - Codepoint.CODES["a"] + 10;
    if (Codepoint.CODES["A"] <= c && c <= Codepoint.CODES["F"]) return c - Codepoint.CODES["A"] + 10;
    return -1;
  }
  static escapeRune(rune) {
    let out = "";
    if (Unicode.isPrint(rune)) {
      if (Utils2.METACHARACTERS.indexOf(String.fromCodePoint(rune)) >= 0) out += "\\";
      out += String.fromCodePoint(rune);
    } else switch (rune) {
      case Codepoint.CODES['"']:
        out += '\\"';
        break;
      case Codepoint.CODES["\\"]:
        out += "\\\\";
        break;
      case Codepoint.CODES["	"]:
        out += "\\t";
        break;
      case Codepoint.CODES["\n"]:
        out += "\\n";
        break;
      case Codepoint.CODES["\r"]:
        out += "\\r";
        break;
      case Codepoint.CODES["\b"]:
        out += "\\b";
        break;
      case Codepoint.CODES["\f"]:
        out += "\\f";
        break;
      default: {
        let s = rune.toString(16);
        if (rune < 256) {
          out += "\\x";
          if (s.length === 1) out += "0";
          out += s;
        } else out += `\\x{${s}}`;
        break;
      }
    }
    return out;
  }
  static stringToRunes(str) {
    const string = String(str);
    const runes = [];
    let i = 0;
    while (i < string.length) {
      const cp = string.codePointAt(i);
      runes.push(cp);
      i += cp > Unicode.MAX_BMP ? 2 : 1;
    }
    return new Int32Array(runes);
  }
  static runeToString(r) {
    return String.fromCodePoint(r);
  }
  static isWordRune(r) {
    return r < FAST_PATH_TABLE_SIZE ? WORD_RUNE_TABLE[r] === 1 : false;
  }
  static emptyOpContext(r1, r2) {
    let op = 0;
    if (r1 < 0) op |= Utils2.EMPTY_BEGIN_TEXT | Utils2.EMPTY_BEGIN_LINE;
    if (r1 === 10) op |= Utils2.EMPTY_BEGIN_LINE;
    if (r2 < 0) op |= Utils2.EMPTY_END_TEXT | Utils2.EMPTY_END_LINE;
    if (r2 === 10) op |= Utils2.EMPTY_END_LINE;
    if (Utils2.isWordRune(r1) !== Utils2.isWordRune(r2)) op |= Utils2.EMPTY_WORD_BOUNDARY;
    else op |= Utils2.EMPTY_NO_WORD_BOUNDARY;
    return op;
  }
  /**
  * Returns a string that quotes all regular expression metacharacters inside the argument text;
  * the returned string is a regular expression matching the literal text. For example,
  * {@code quoteMeta("[foo]").equals("\\[foo\\]")}.
  * @param {string} str
  * @returns {string}
  */
  static quoteMeta(str) {
    return str.split("").map((s) => {
      if (Utils2.METACHARACTERS.indexOf(s) >= 0) return `\\${s}`;
      return s;
    }).join("");
  }
  static charCount(codePoint) {
    return codePoint > Unicode.MAX_BMP ? 2 : 1;
  }
  /**
  * High-speed conversion from TypedArrays to standard JS Arrays.
  * Bypasses the expensive Symbol.iterator overhead of Array.from()
  */
  static toArray(typedArray) {
    const len = typedArray.length;
    const res = new Array(len);
    for (let i = 0; i < len; i++) res[i] = typedArray[i];
    return res;
  }
  static stringToUtf8ByteArray(str) {
    if (globalThis.TextEncoder) {
      if (!cachedNativeEncoder) cachedNativeEncoder = new TextEncoder();
      return cachedNativeEncoder.encode(str);
    } else {
      let out = [], p = 0;
      for (let i = 0; i < str.length; i++) {
        let c = str.charCodeAt(i);
        if (c < 128) out[p++] = c;
        else if (c < 2048) {
          out[p++] = c >> 6 | 192;
          out[p++] = c & 63 | 128;
        } else if ((c & 64512) === Unicode.MIN_HIGH_SURROGATE && i + 1 < str.length && (str.charCodeAt(i + 1) & 64512) === Unicode.MIN_LOW_SURROGATE) {
          c = Unicode.MIN_SUPPLEMENTARY_CODE_POINT + ((c & 1023) << 10) + (str.charCodeAt(++i) & 1023);
          out[p++] = c >> 18 | 240;
          out[p++] = c >> 12 & 63 | 128;
          out[p++] = c >> 6 & 63 | 128;
          out[p++] = c & 63 | 128;
        } else {
          out[p++] = c >> 12 | 224;
          out[p++] = c >> 6 & 63 | 128;
          out[p++] = c & 63 | 128;
        }
      }
      return out;
    }
  }
  static utf8ByteArrayToString(bytes) {
    if (globalThis.TextDecoder) {
      if (!cachedNativeDecoder) cachedNativeDecoder = new TextDecoder("utf-8");
      const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
      return cachedNativeDecoder.decode(view);
    } else {
      let out = [], pos = 0, c = 0;
      while (pos < bytes.length) {
        let c1 = bytes[pos++];
        if (c1 < 128) out[c++] = String.fromCharCode(c1);
        else if (c1 > 191 && c1 < 224) {
          let c2 = bytes[pos++];
          out[c++] = String.fromCharCode((c1 & 31) << 6 | c2 & 63);
        } else if (c1 > 239 && c1 < 365) {
          let c2 = bytes[pos++];
          let c3 = bytes[pos++];
          let c4 = bytes[pos++];
          let u = ((c1 & 7) << 18 | (c2 & 63) << 12 | (c3 & 63) << 6 | c4 & 63) - Unicode.MIN_SUPPLEMENTARY_CODE_POINT;
          out[c++] = String.fromCharCode(Unicode.MIN_HIGH_SURROGATE + (u >> 10));
          out[c++] = String.fromCharCode(Unicode.MIN_LOW_SURROGATE + (u & 1023));
        } else {
          let c2 = bytes[pos++];
          let c3 = bytes[pos++];
          out[c++] = String.fromCharCode((c1 & 15) << 12 | (c2 & 63) << 6 | c3 & 63);
        }
      }
      return out.join("");
    }
  }
};
var createEnum = (values = [], initNum = 0) => {
  const enumObject = /* @__PURE__ */ Object.create(null);
  for (let i = 0; i < values.length; i++) {
    const val = values[i];
    const keyVal = initNum + i;
    enumObject[val] = keyVal;
    enumObject[keyVal] = val;
  }
  return Object.freeze(enumObject);
};
var MatcherInputBase = class MatcherInputBase2 {
  static Encoding = createEnum(["UTF_16", "UTF_8"]);
  getEncoding() {
    throw Error("not implemented");
  }
  /** @returns {string} */
  asCharSequence() {
    throw Error("not implemented");
  }
  /** @returns {Uint8Array|number[]|null} */
  asBytes() {
    throw Error("not implemented");
  }
  /** @returns {number} */
  length() {
    throw Error("not implemented");
  }
  /**
  *
  * @returns {boolean}
  */
  isUTF8Encoding() {
    return this.getEncoding() === MatcherInputBase2.Encoding.UTF_8;
  }
  /**
  *
  * @returns {boolean}
  */
  isUTF16Encoding() {
    return this.getEncoding() === MatcherInputBase2.Encoding.UTF_16;
  }
};
var Utf8MatcherInput = class extends MatcherInputBase {
  /** @param {Uint8Array|number[]|null} bytes */
  constructor(bytes = null) {
    super();
    this.bytes = bytes;
  }
  getEncoding() {
    return MatcherInputBase.Encoding.UTF_8;
  }
  /**
  *
  * @returns {string}
  */
  asCharSequence() {
    return Utils.utf8ByteArrayToString(this.bytes);
  }
  /**
  *
  * @returns {Uint8Array|number[]|null}
  */
  asBytes() {
    return this.bytes;
  }
  /**
  *
  * @returns {number}
  */
  length() {
    return this.bytes.length;
  }
};
var Utf16MatcherInput = class extends MatcherInputBase {
  /** @param {string|null} charSequence */
  constructor(charSequence = null) {
    super();
    this.charSequence = charSequence;
  }
  getEncoding() {
    return MatcherInputBase.Encoding.UTF_16;
  }
  /**
  *
  * @returns {string}
  */
  asCharSequence() {
    return this.charSequence;
  }
  /**
  *
  * @returns {number[]}
  */
  asBytes() {
    return Utils.stringToUtf8ByteArray(this.charSequence.toString());
  }
  /**
  *
  * @returns {number}
  */
  length() {
    return this.charSequence.length;
  }
};
var MatcherInput = class {
  /**
  * Return the MatcherInput for UTF_16 encoding.
  * @returns {Utf16MatcherInput}
  */
  static utf16(charSequence) {
    Utils.checkInput(charSequence);
    return new Utf16MatcherInput(charSequence);
  }
  /**
  * Return the MatcherInput for UTF_8 encoding.
  * @returns {Utf8MatcherInput}
  */
  static utf8(input) {
    if (Utils.isByteArray(input)) return new Utf8MatcherInput(input);
    return new Utf8MatcherInput(Utils.stringToUtf8ByteArray(input));
  }
};
var MachineInputBase = class {
  static EOF() {
    return -8;
  }
  constructor() {
    this.start = 0;
    this.end = 0;
  }
  canCheckPrefix() {
    return true;
  }
  endPos() {
    return this.end - this.start;
  }
  hasString() {
    return false;
  }
  hasAnyString() {
    return false;
  }
  prefixLength() {
    return 0;
  }
};
var MachineUTF8Input = class MachineUTF8Input2 extends MachineInputBase {
  static RUNE_ERROR_STEP = Unicode.RUNE_ERROR << 3 | 1;
  constructor(bytes, start = 0, end = bytes.length) {
    super();
    this.bytes = bytes;
    this.start = start;
    this.end = end;
  }
  hasString(prefilter, pos) {
    const target = prefilter.bytes;
    if (target.length === 0) return true;
    const idx = this.indexOf(this.bytes, target, this.start + pos);
    return idx !== -1 && idx <= this.end - target.length;
  }
  hasAnyString(prefilter, pos) {
    return prefilter.automaton8().searchUTF8(this.bytes, this.start + pos, this.end);
  }
  step(pos) {
    pos += this.start;
    if (pos >= this.end) return MachineInputBase.EOF();
    const c = this.bytes[pos] & 255;
    if (c < 128) return c << 3 | 1;
    let size;
    let rune;
    let lo = 128;
    let hi = 191;
    if (c >= 194 && c <= 223) {
      size = 2;
      rune = c & 31;
    } else if (c >= 224 && c <= 239) {
      size = 3;
      rune = c & 15;
      if (c === 224) lo = 160;
      else if (c === 237) hi = 159;
    } else if (c >= 240 && c <= 244) {
      size = 4;
      rune = c & 7;
      if (c === 240) lo = 144;
      else if (c === 244) hi = 143;
    } else return MachineUTF8Input2.RUNE_ERROR_STEP;
    if (pos + size > this.end) return MachineUTF8Input2.RUNE_ERROR_STEP;
    const c1 = this.bytes[pos + 1] & 255;
    if (c1 < lo || c1 > hi) return MachineUTF8Input2.RUNE_ERROR_STEP;
    rune = rune << 6 | c1 & 63;
    if (size > 2) {
      const c2 = this.bytes[pos + 2] & 255;
      if ((c2 & 192) !== 128) return MachineUTF8Input2.RUNE_ERROR_STEP;
      rune = rune << 6 | c2 & 63;
      if (size > 3) {
        const c3 = this.bytes[pos + 3] & 255;
        if ((c3 & 192) !== 128) return MachineUTF8Input2.RUNE_ERROR_STEP;
        rune = rune << 6 | c3 & 63;
      }
    }
    return rune << 3 | size;
  }
  index(re2, pos) {
    pos += this.start;
    const i = this.indexOf(this.bytes, re2.prefixUTF8, pos);
    return i < 0 ? i : i - pos;
  }
  context(pos) {
    pos += this.start;
    let r1 = -1;
    if (pos > this.start && pos <= this.end) {
      let start = pos - 1;
      r1 = this.bytes[start--];
      if (r1 >= 128) {
        let lim = pos - 4;
        if (lim < this.start) lim = this.start;
        while (start >= lim && (this.bytes[start] & 192) === 128) start--;
        if (start < this.start) start = this.start;
        const r = this.step(start - this.start);
        r1 = start + (r & 7) === pos ? r >> 3 : Unicode.RUNE_ERROR;
      }
    }
    const r2 = pos < this.end ? this.step(pos - this.start) >> 3 : -1;
    return Utils.emptyOpContext(r1, r2);
  }
  indexOf(source, target, fromIndex = 0) {
    let targetLength = target.length;
    if (targetLength === 0) return fromIndex <= this.end ? fromIndex : -1;
    const firstByte = target[0];
    let limit = this.end - targetLength;
    const hasNativeIndexOf = typeof source.indexOf === "function";
    let i = fromIndex;
    while (i <= limit) {
      if (hasNativeIndexOf) {
        i = source.indexOf(firstByte, i);
        if (i === -1 || i > limit) return -1;
      } else {
        while (i <= limit && source[i] !== firstByte) i++;
        if (i > limit) return -1;
      }
      let match = true;
      for (let j = 1; j < targetLength; j++) if (source[i + j] !== target[j]) {
        match = false;
        break;
      }
      if (match) return i;
      i++;
    }
    return -1;
  }
  prefixLength(re2) {
    return re2.prefixUTF8.length;
  }
};
var MachineUTF16Input = class extends MachineInputBase {
  constructor(charSequence, start = 0, end = charSequence.length) {
    super();
    this.charSequence = charSequence;
    this.start = start;
    this.end = end;
  }
  hasString(prefilter, pos) {
    const idx = this.charSequence.indexOf(prefilter.str, this.start + pos);
    return idx !== -1 && idx <= this.end - prefilter.str.length;
  }
  hasAnyString(prefilter, pos) {
    return prefilter.automaton16().searchUTF16(this.charSequence, this.start + pos, this.end);
  }
  step(pos) {
    pos += this.start;
    if (pos >= this.end) return MachineInputBase.EOF();
    const c1 = this.charSequence.charCodeAt(pos);
    if (c1 < Unicode.MIN_HIGH_SURROGATE || c1 > Unicode.MAX_HIGH_SURROGATE || pos + 1 >= this.end) return c1 << 3 | 1;
    const c2 = this.charSequence.charCodeAt(pos + 1);
    if (c2 >= Unicode.MIN_LOW_SURROGATE && c2 <= Unicode.MAX_LOW_SURROGATE) return (c1 - Unicode.MIN_HIGH_SURROGATE) * 1024 + (c2 - Unicode.MIN_LOW_SURROGATE) + Unicode.MIN_SUPPLEMENTARY_CODE_POINT << 3 | 2;
    return c1 << 3 | 1;
  }
  index(re2, pos) {
    pos += this.start;
    const i = this.charSequence.indexOf(re2.prefix, pos);
    if (i < 0 || i > this.end - re2.prefix.length) return -1;
    return i - pos;
  }
  context(pos) {
    pos += this.start;
    const r1 = pos > this.start && pos <= this.end ? this.charSequence.charCodeAt(pos - 1) : -1;
    const r2 = pos < this.end ? this.charSequence.charCodeAt(pos) : -1;
    return Utils.emptyOpContext(r1, r2);
  }
  prefixLength(re2) {
    return re2.prefix.length;
  }
};
var MachineInput = class {
  static fromUTF8(bytes, start = 0, end = bytes.length) {
    return new MachineUTF8Input(bytes, start, end);
  }
  static fromUTF16(charSequence, start = 0, end = void 0) {
    Utils.checkInput(charSequence);
    return new MachineUTF16Input(charSequence, start, end ?? charSequence.length);
  }
};
var Matcher = class Matcher2 {
  /**
  * V8 and WebKit have historical hard limits on the number of arguments
  * that can be passed to a function. We cap replacer arguments to prevent
  * Call Stack Overflow (DoS) vulnerabilities on massive ASTs.
  */
  static MAX_REPLACER_ARGS = 65535;
  /**
  * Quotes '\' and '$' in {@code s}, so that the returned string could be used in
  * {@link #appendReplacement} as a literal replacement of {@code s}.
  *
  * @param {string} str the string to be quoted
  * @param {boolean} [javaMode=false] whether the replacement will be used in javaMode
  * @returns {string} the quoted string
  */
  static quoteReplacement(str, javaMode = false) {
    if (javaMode) {
      if (str.indexOf("\\") < 0 && str.indexOf("$") < 0) return str;
      return str.split("").map((s) => {
        const c = s.codePointAt(0);
        if (c === Codepoint.CODES["\\"] || c === Codepoint.CODES["$"]) return `\\${s}`;
        return s;
      }).join("");
    }
    if (str.indexOf("$") < 0) return str;
    return str.split("").map((s) => {
      if (s.codePointAt(0) === Codepoint.CODES["$"]) return "$$";
      return s;
    }).join("");
  }
  /**
  *
  * @param {import('./index.js').RE2JS} pattern
  * @param {string|number[]|Uint8Array|MatcherInputBase} input
  */
  constructor(pattern, input) {
    if (pattern === null) throw new Error("pattern is null");
    this.patternInput = pattern;
    const re2 = this.patternInput.re2();
    this.patternGroupCount = re2.numberOfCapturingGroups();
    this.groups = [];
    this.namedGroups = re2.namedGroups;
    this.hasNamedGroups = Object.keys(this.namedGroups).length > 0;
    this.numberOfInstructions = re2.numberOfInstructions();
    this.lookbehindState = null;
    if (input instanceof MatcherInputBase) this.resetMatcherInput(input);
    else if (Utils.isByteArray(input)) this.resetMatcherInput(MatcherInput.utf8(input));
    else this.resetMatcherInput(MatcherInput.utf16(input));
  }
  /**
  * Returns the {@code RE2JS} associated with this {@code Matcher}.
  * @returns {import('./index.js').RE2JS}
  */
  pattern() {
    return this.patternInput;
  }
  /**
  * Resets the {@code Matcher}, rewinding input and discarding any match information.
  *
  * @returns {Matcher} the {@code Matcher} itself, for chained method calls
  */
  reset() {
    this.matcherInputLength = this.matcherInput.length();
    this.appendPos = 0;
    this.hasMatch = false;
    this.hasGroups = false;
    this.anchorFlag = 0;
    return this;
  }
  /**
  * Resets the {@code Matcher} and changes the input.
  * @param {string|number[]|Uint8Array|MatcherInputBase} input
  * @returns {Matcher} the {@code Matcher} itself, for chained method calls
  */
  resetMatcherInput(input) {
    if (input === null) throw new Error("input is null");
    if (!(input instanceof MatcherInputBase)) {
      if (Utils.isByteArray(input)) input = MatcherInput.utf8(input);
      else input = MatcherInput.utf16(input);
    }
    this.matcherInput = input;
    if (this.lookbehindState !== null) this.lookbehindState.reset();
    else this.lookbehindState = this.patternInput.re2().createLookbehindState();
    this.reset();
    return this;
  }
  /**
  * Returns the start of the named group of the most recent match, or -1 if the group was not
  * matched.
  * @param {string|number} [group=0]
  * @returns {number}
  */
  start(group = 0) {
    if (typeof group === "string") {
      const groupInt = this.namedGroups[group];
      if (!Number.isFinite(groupInt)) throw new RE2JSGroupException(`group '${group}' not found`);
      group = groupInt;
    }
    this.loadGroup(group);
    return this.groups[2 * group];
  }
  /**
  * Returns the end of the named group of the most recent match, or -1 if the group was not
  * matched.
  * @param {string|number} [group=0]
  * @returns {number}
  */
  end(group = 0) {
    if (typeof group === "string") {
      const groupInt = this.namedGroups[group];
      if (!Number.isFinite(groupInt)) throw new RE2JSGroupException(`group '${group}' not found`);
      group = groupInt;
    }
    this.loadGroup(group);
    return this.groups[2 * group + 1];
  }
  /**
  * Returns the program size of this pattern.
  *
  * <p>
  * Similar to the C++ implementation, the program size is a very approximate measure of a regexp's
  * "cost". Larger numbers are more expensive than smaller numbers.
  * </p>
  *
  * @returns {number} the program size of this pattern
  */
  programSize() {
    return this.numberOfInstructions;
  }
  /**
  * Returns the named group of the most recent match, or {@code null} if the group was not matched.
  * @param {string|number} [group=0]
  * @returns {string|null}
  */
  group(group = 0) {
    if (typeof group === "string") {
      const groupInt = this.namedGroups[group];
      if (!Number.isFinite(groupInt)) throw new RE2JSGroupException(`group '${group}' not found`);
      group = groupInt;
    }
    const start = this.start(group);
    const end = this.end(group);
    if (start < 0 && end < 0) return null;
    return this.substring(start, end);
  }
  /**
  * Returns a dictionary map of all named capturing groups and their matched values.
  * If a group was not matched, its value will be `null`.
  * @returns {Record<string, string|null>}
  */
  getNamedGroups() {
    if (!this.hasMatch) throw new RE2JSGroupException("perhaps no match attempted");
    const result = /* @__PURE__ */ Object.create(null);
    for (const name of Object.keys(this.namedGroups)) result[name] = this.group(name);
    return result;
  }
  /**
  * Returns the number of subgroups in this pattern.
  *
  * @returns {number} the number of subgroups; the overall match (group 0) does not count
  */
  groupCount() {
    return this.patternGroupCount;
  }
  /**
  * Helper: finds subgroup information if needed for group.
  * @param {number} group
  * @private
  */
  loadGroup(group) {
    if (!Number.isInteger(group) || group < 0 || group > this.patternGroupCount) throw new RE2JSGroupException(`Group index out of bounds: ${group}`);
    if (!this.hasMatch) throw new RE2JSGroupException("perhaps no match attempted");
    if (group === 0 || this.hasGroups) return;
    const end = this.matcherInputLength;
    const res = this.patternInput.re2().matchMachineInput(this.matcherInput, this.groups[0], end, this.anchorFlag, 1 + this.patternGroupCount, this.lookbehindState);
    if (!res[0]) throw new RE2JSGroupException("inconsistency in matching group data");
    this.groups = res[1];
    this.hasGroups = true;
  }
  /**
  * Matches the entire input against the pattern (anchored start and end). If there is a match,
  * {@code matches} sets the match state to describe it.
  *
  * @returns {boolean} true if the entire input matches the pattern
  */
  matches() {
    return this.genMatch(0, RE2Flags.ANCHOR_BOTH);
  }
  /**
  * Matches the beginning of input against the pattern (anchored start). If there is a match,
  * {@code lookingAt} sets the match state to describe it.
  *
  * @returns {boolean} true if the beginning of the input matches the pattern
  */
  lookingAt() {
    return this.genMatch(0, RE2Flags.ANCHOR_START);
  }
  /**
  * Matches the input against the pattern (unanchored), starting at a specified position. If there
  * is a match, {@code find} sets the match state to describe it.
  *
  * @param {number|null} [start=null] the input position where the search begins
  * @returns {boolean} if it finds a match
  * @throws IndexOutOfBoundsException if start is not a valid input position
  */
  find(start = null) {
    if (start !== null) {
      if (!Number.isInteger(start) || start < 0 || start > this.matcherInputLength) throw new RE2JSGroupException(`start index out of bounds: ${start}`);
      this.reset();
      return this.genMatch(start, 0);
    }
    start = 0;
    if (this.hasMatch) {
      start = this.groups[1];
      if (this.groups[0] === this.groups[1]) {
        const r = (this.matcherInput.isUTF16Encoding() ? MachineInput.fromUTF16(this.matcherInput.asCharSequence(), 0, this.matcherInputLength) : MachineInput.fromUTF8(this.matcherInput.asBytes(), 0, this.matcherInputLength)).step(start);
        if (r < 0) start++;
        else start += r & 7;
      }
    }
    return this.genMatch(start, RE2Flags.UNANCHORED);
  }
  /**
  * Helper: does match starting at start, with RE2 anchor flag.
  * @param {number} startByte
  * @param {number} anchor
  * @returns {boolean}
  * @private
  */
  genMatch(startByte, anchor) {
    const res = this.patternInput.re2().matchMachineInput(this.matcherInput, startByte, this.matcherInputLength, anchor, 1, this.lookbehindState);
    if (!res[0]) {
      this.hasMatch = false;
      return false;
    }
    this.groups = res[1];
    this.hasMatch = true;
    this.hasGroups = this.patternGroupCount === 0;
    this.anchorFlag = anchor;
    return true;
  }
  /**
  * Helper: return substring for [start, end).
  * @param {number} start
  * @param {number} end
  * @returns {string}
  */
  substring(start, end) {
    if (this.matcherInput.isUTF8Encoding()) return Utils.utf8ByteArrayToString(this.matcherInput.asBytes().slice(start, end));
    return this.matcherInput.asCharSequence().substring(start, end).toString();
  }
  /**
  * Helper for Pattern: return input length.
  * @returns {number}
  */
  inputLength() {
    return this.matcherInputLength;
  }
  /**
  * Appends to result two strings: the text from the append position up to the beginning of the
  * most recent match, and then the replacement with submatch groups substituted for references to
  * them. It advances the append position to where the most recent match ended.
  *
  * By default the replacement is expanded as by String.prototype.replace (see
  * appendReplacementInternalJs). In Java mode it follows re2j / java.util.regex: $n takes as
  * many digits as still form a valid group number, ${name} is a named group, and a backslash
  * escapes the next character (so "\\$" in a JS string literal inserts a literal $).
  *
  * @param {string} replacement the replacement string
  * @param {boolean} [javaMode=false] activate java mode (different behaviour for capture groups and special characters)
  * @returns {string}
  * @throws IllegalStateException if there was no most recent match
  * @throws IndexOutOfBoundsException in Java mode, if replacement refers to an invalid group
  * @private
  */
  appendReplacement(replacement, javaMode = false) {
    let res = "";
    const s = this.start();
    const e = this.end();
    if (this.appendPos < s) res += this.substring(this.appendPos, s);
    this.appendPos = e;
    res += javaMode ? this.appendReplacementInternalJava(replacement) : this.appendReplacementInternalJs(replacement);
    return res;
  }
  /**
  * @param {string} replacement - the replacement string
  * @returns {string}
  * @private
  */
  appendReplacementInternalJava(replacement) {
    let res = "";
    let last = 0;
    const m = replacement.length;
    let i = 0;
    while (i < m) {
      const cCode = replacement.codePointAt(i);
      if (cCode === Codepoint.CODES["\\"]) {
        if (last < i) res += replacement.substring(last, i);
        i++;
        if (i >= m) throw new RE2JSGroupException("character to be escaped is missing");
        last = i;
        i++;
        continue;
      }
      if (cCode === Codepoint.CODES["$"]) {
        if (last < i) res += replacement.substring(last, i);
        if (i + 1 >= m) throw new RE2JSGroupException("Illegal group reference: group index is missing");
        const nextCode = replacement.codePointAt(i + 1);
        if (Codepoint.CODES["0"] <= nextCode && nextCode <= Codepoint.CODES["9"]) {
          let n = nextCode - Codepoint.CODES["0"];
          let j = i + 2;
          for (; j < m; j++) {
            const digit = replacement.codePointAt(j);
            if (digit < Codepoint.CODES["0"] || digit > Codepoint.CODES["9"] || n * 10 + digit - Codepoint.CODES["0"] > this.patternGroupCount) break;
            n = n * 10 + digit - Codepoint.CODES["0"];
          }
          if (n > this.patternGroupCount) throw new RE2JSGroupException(`n > number of groups: ${n}`);
          const group = this.group(n);
          if (group !== null) res += group;
          i = j;
          last = i;
        } else if (nextCode === Codepoint.CODES["{"]) {
          let j = i + 2;
          while (j < m && replacement.codePointAt(j) !== Codepoint.CODES["}"]) j++;
          if (j >= m) throw new RE2JSGroupException("named capture group is missing trailing '}'");
          const groupName = replacement.substring(i + 2, j);
          const groupVal = this.group(groupName);
          if (groupVal !== null) res += groupVal;
          i = j + 1;
          last = i;
        } else throw new RE2JSGroupException("Illegal group reference");
        continue;
      }
      i++;
    }
    if (last < m) res += replacement.substring(last, m);
    return res;
  }
  /**
  * Expands |replacement| for the current match by the rules of String.prototype.replace
  * (ECMAScript GetSubstitution): $$ is "$", $& the match, $` the text before it, $' the text
  * after it, $n and $nn a group (two digits only when they form a valid group number, so with
  * one group "$10" is group 1 then "0"; an unmatched group is empty), and $<name> a named group
  * (empty when no such group), only when the pattern has named groups. Anything else, such as
  * "$0" or "$<" without a closing ">", is kept as is.
  * @param {string} replacement - the replacement string
  * @returns {string}
  * @private
  */
  appendReplacementInternalJs(replacement) {
    const isDigit = (c) => c >= 48 && c <= 57;
    const groupCount = this.patternGroupCount;
    let res = "";
    let i = 0;
    while (i < replacement.length) {
      const dollar = replacement.indexOf("$", i);
      if (dollar < 0) break;
      res += replacement.substring(i, dollar);
      i = dollar;
      const c = replacement.charCodeAt(i + 1);
      if (c === Codepoint.CODES["$"]) {
        res += "$";
        i += 2;
      } else if (c === Codepoint.CODES["&"]) {
        res += this.group(0);
        i += 2;
      } else if (c === Codepoint.CODES["`"]) {
        res += this.substring(0, this.start(0));
        i += 2;
      } else if (c === Codepoint.CODES["'"]) {
        res += this.substring(this.end(0), this.matcherInputLength);
        i += 2;
      } else if (isDigit(c)) {
        let digits = 1;
        let index = c - 48;
        const c2 = replacement.charCodeAt(i + 2);
        if (isDigit(c2) && index * 10 + c2 - 48 <= groupCount) {
          digits = 2;
          index = index * 10 + c2 - 48;
        }
        if (index >= 1 && index <= groupCount) {
          const group = this.group(index);
          if (group !== null) res += group;
        } else res += replacement.substring(i, i + 1 + digits);
        i += 1 + digits;
      } else if (c === Codepoint.CODES["<"] && this.hasNamedGroups) {
        const gt = replacement.indexOf(">", i + 2);
        if (gt < 0) {
          res += "$<";
          i += 2;
        } else {
          const name = replacement.substring(i + 2, gt);
          if (Object.hasOwn(this.namedGroups, name)) {
            const group = this.group(name);
            if (group !== null) res += group;
          }
          i = gt + 1;
        }
      } else {
        res += "$";
        i += 1;
      }
    }
    return res + replacement.substring(i);
  }
  /**
  * Return the substring of the input from the append position to the end of the
  * input.
  * @returns {string}
  */
  appendTail() {
    return this.substring(this.appendPos, this.matcherInputLength);
  }
  /**
  * Returns the input with all matches replaced by {@code replacement}, interpreted as for
  * {@code appendReplacement}.
  *
  * @param {string|((...args: any[]) => string)} replacement - the replacement string or a replacer function
  * @param {boolean} [javaMode=false] - activate java mode (different behaviour for capture groups and special characters)
  * @returns {string} the input string with the matches replaced
  * @throws IndexOutOfBoundsException if replacement refers to an invalid group and javaMode is true
  */
  replaceAll(replacement, javaMode = false) {
    return this.replace(replacement, true, javaMode);
  }
  /**
  * Returns the input with the first match replaced by {@code replacement}, interpreted as for
  * {@code appendReplacement}.
  *
  * @param {string|((...args: any[]) => string)} replacement - the replacement string or a replacer function
  * @param {boolean} [javaMode=false] - activate java mode (different behaviour for capture groups and special characters)
  * @returns {string} the input string with the first match replaced
  * @throws IndexOutOfBoundsException if replacement refers to an invalid group and javaMode is true
  */
  replaceFirst(replacement, javaMode = false) {
    return this.replace(replacement, false, javaMode);
  }
  /**
  * Helper: replaceAll/replaceFirst hybrid.
  * @param {string|((...args: any[]) => string)} replacement - the replacement string or a replacer function
  * @param {boolean} [all=true] - replace all matches
  * @param {boolean} [javaMode=false] - activate java mode (different behaviour for capture groups and special characters)
  * @returns {string}
  * @private
  */
  replace(replacement, all = true, javaMode = false) {
    let res = "";
    this.reset();
    const isFunc = typeof replacement === "function";
    let originalInput = null;
    if (isFunc) {
      if (this.groupCount() >= Matcher2.MAX_REPLACER_ARGS) throw new RE2JSGroupException("Too many capture groups to safely invoke replacer function");
      originalInput = this.matcherInput.isUTF8Encoding() ? this.matcherInput.asBytes() : this.matcherInput.asCharSequence();
    }
    while (this.find()) {
      res += isFunc ? this.appendReplacementFunc(replacement, originalInput) : this.appendReplacement(replacement, javaMode);
      if (!all) break;
    }
    res += this.appendTail();
    return res;
  }
  /**
  * Evaluates a replacer function for the current match and appends the result,
  * along with any un-matched preceding text, advancing the append position.
  * @param {Function} replacer - the replacer function
  * @param {string|Uint8Array|number[]} originalInput - the cached original input reference
  * @returns {string} the evaluated string to append
  * @private
  */
  appendReplacementFunc(replacer, originalInput) {
    let res = "";
    const s = this.start();
    const e = this.end();
    if (this.appendPos < s) res += this.substring(this.appendPos, s);
    this.appendPos = e;
    const args = this.matchArray();
    args.push(s, originalInput);
    if (this.hasNamedGroups) args.push(this.namedGroupsObject());
    res += String(replacer(...args));
    return res;
  }
  /**
  * The match and its groups, as the elements of a JS RegExpExecArray: undefined for a group that
  * did not take part in the match. Used by exec(), matchAll() and replacer functions.
  * @returns {Array<string|undefined>}
  * @private
  */
  matchArray() {
    const result = [this.group(0)];
    for (let i = 1; i <= this.patternGroupCount; i++) {
      const group = this.group(i);
      result.push(group === null ? void 0 : group);
    }
    return result;
  }
  /**
  * The named groups, as the groups property of a JS RegExpExecArray: an object without a
  * prototype mapping each name to its group (undefined when it did not take part in the match),
  * or undefined when the pattern has no named groups.
  * @returns {Record<string, string|undefined>|undefined}
  * @private
  */
  namedGroupsObject() {
    if (!this.hasNamedGroups) return;
    const result = this.getNamedGroups();
    for (const name in result) if (result[name] === null) result[name] = void 0;
    return result;
  }
};
var Inst = class Inst2 {
  static ALT = 1;
  static ALT_MATCH = 2;
  static CAPTURE = 3;
  static EMPTY_WIDTH = 4;
  static FAIL = 5;
  static MATCH = 6;
  static NOP = 7;
  static RUNE = 8;
  static RUNE1 = 9;
  static RUNE_ANY = 10;
  static RUNE_ANY_NOT_NL = 11;
  static LB_WRITE = 12;
  static LB_CHECK = 13;
  static isRuneOp(op) {
    return Inst2.RUNE <= op && op <= Inst2.RUNE_ANY_NOT_NL;
  }
  static escapeRunes(runes) {
    let out = '"';
    for (let rune of runes) out += Utils.escapeRune(rune);
    out += '"';
    return out;
  }
  constructor(op) {
    this.op = op;
    this.out = 0;
    this.arg = 0;
    this.runes = /* @__PURE__ */ new Int32Array(0);
    this.next = null;
  }
  matchRune(r) {
    if (this.runes.length === 1) {
      const r0 = this.runes[0];
      if ((this.arg & RE2Flags.FOLD_CASE) !== 0) return Unicode.equalsIgnoreCase(r0, r);
      return r === r0;
    }
    const len = this.runes.length;
    if (len === 0) return false;
    if (len === 2 || len === 4 || len === 6 || len === 8) {
      for (let j = 0; j < len; j += 2) {
        if (r < this.runes[j]) return false;
        if (r <= this.runes[j + 1]) return true;
      }
      return false;
    }
    let base = 0;
    let n = len >> 1;
    while (n > 1) {
      const half = n >> 1;
      base += this.runes[base + half << 1] <= r ? half : 0;
      n -= half;
    }
    base += this.runes[base << 1] <= r ? 1 : 0;
    const m = base - 1;
    return m >= 0 && r <= this.runes[m << 1 | 1];
  }
  matchRunePos(r) {
    if (this.runes.length === 1) {
      const r0 = this.runes[0];
      if ((this.arg & RE2Flags.FOLD_CASE) !== 0) return Unicode.equalsIgnoreCase(r0, r) ? 0 : -1;
      return r === r0 ? 0 : -1;
    }
    const len = this.runes.length;
    if (len === 0) return -1;
    if (len === 2 || len === 4 || len === 6 || len === 8) {
      for (let j = 0; j < len; j += 2) {
        if (r < this.runes[j]) return -1;
        if (r <= this.runes[j + 1]) return Math.floor(j / 2);
      }
      return -1;
    }
    let base = 0;
    let n = len >> 1;
    while (n > 1) {
      const half = n >> 1;
      base += this.runes[base + half << 1] <= r ? half : 0;
      n -= half;
    }
    base += this.runes[base << 1] <= r ? 1 : 0;
    const m = base - 1;
    return m >= 0 && r <= this.runes[m << 1 | 1] ? m : -1;
  }
  /**
  *
  * @returns {string}
  */
  toString() {
    switch (this.op) {
      case Inst2.ALT:
        return `alt -> ${this.out}, ${this.arg}`;
      case Inst2.ALT_MATCH:
        return `altmatch -> ${this.out}, ${this.arg}`;
      case Inst2.CAPTURE:
        return `cap ${this.arg} -> ${this.out}`;
      case Inst2.EMPTY_WIDTH:
        return `empty ${this.arg} -> ${this.out}`;
      case Inst2.MATCH:
        return `match${this.arg !== 0 ? ` ${this.arg}` : ""}`;
      case Inst2.FAIL:
        return "fail";
      case Inst2.NOP:
        return `nop -> ${this.out}`;
      case Inst2.LB_WRITE:
        return `lbwrite ${this.arg} -> ${this.out}`;
      case Inst2.LB_CHECK:
        return `lbcheck ${this.arg} -> ${this.out}`;
      case Inst2.RUNE:
        if (this.runes === null) return "rune <null>";
        return [
          "rune ",
          Inst2.escapeRunes(this.runes),
          (this.arg & RE2Flags.FOLD_CASE) !== 0 ? "/i" : "",
          " -> ",
          this.out
        ].join("");
      case Inst2.RUNE1:
        return `rune1 ${Inst2.escapeRunes(this.runes)} -> ${this.out}`;
      case Inst2.RUNE_ANY:
        return `any -> ${this.out}`;
      case Inst2.RUNE_ANY_NOT_NL:
        return `anynotnl -> ${this.out}`;
      default:
        throw new Error("unhandled case in Inst.toString");
    }
  }
};
var Queue = class Queue2 {
  constructor(numInst) {
    this.sparse = new Int32Array(numInst);
    this.densePcs = new Int32Array(numInst);
    this.denseCaps = null;
    this.size = 0;
    this.ncap = 0;
    this.mainThreads = 0;
  }
  static INITIAL_THREADS = 32;
  init(ncap) {
    this.ncap = ncap;
    const needed = Math.min(this.densePcs.length, Queue2.INITIAL_THREADS) * ncap;
    if (!this.denseCaps || this.denseCaps.length < needed) this.denseCaps = new Int32Array(needed);
  }
  growCaps(needed) {
    const limit = this.densePcs.length * this.ncap;
    const grown = new Int32Array(Math.min(limit, Math.max(needed, 2 * this.denseCaps.length)));
    grown.set(this.denseCaps);
    this.denseCaps = grown;
  }
  contains(pc) {
    const j = this.sparse[pc];
    return j < this.size && this.densePcs[j] === pc;
  }
  isEmpty() {
    return this.size === 0;
  }
  add(pc) {
    const j = this.size++;
    this.sparse[pc] = j;
    this.densePcs[j] = pc;
    return j;
  }
  clear() {
    this.size = 0;
    this.mainThreads = 0;
  }
  toString() {
    let out = "{";
    for (let i = 0; i < this.size; i++) {
      if (i !== 0) out += ", ";
      out += this.densePcs[i];
    }
    out += "}";
    return out;
  }
};
var LookbehindState = class {
  constructor(prog) {
    this.pos = -1;
    this.pcs = new Int32Array(prog.numInst());
    this.size = 0;
    this.lbTable = new Int32Array(prog.numLb + 1);
  }
  reset() {
    this.pos = -1;
    this.size = 0;
  }
};
var Machine = class Machine2 {
  static fromRE2(re2) {
    const m = new Machine2();
    m.prog = re2.prog;
    m.re2 = re2;
    m.q0 = new Queue(m.prog.numInst());
    m.q1 = new Queue(m.prog.numInst());
    m.addStack = new Int32Array(2 * (m.prog.numInst() + 1));
    m.matched = false;
    m.matchcap = new Int32Array(m.prog.numCap < 2 ? 2 : m.prog.numCap);
    m.ncap = 0;
    return m;
  }
  constructor() {
    this.prog = null;
    this.re2 = null;
    this.q0 = null;
    this.q1 = null;
    this.addStack = null;
    this.matched = false;
    this.matchcap = null;
    this.ncap = 0;
    this.lbTable = null;
  }
  init(ncap) {
    this.ncap = ncap;
    if (ncap > this.matchcap.length) this.matchcap = new Int32Array(ncap).fill(-1);
    else this.matchcap.fill(-1);
    this.q0.init(ncap);
    this.q1.init(ncap);
    if (this.prog.numLb > 0) {
      if (!this.lbTable || this.lbTable.length < this.prog.numLb + 1) this.lbTable = new Int32Array(this.prog.numLb + 1);
      this.lbTable.fill(-1);
    }
  }
  submatches() {
    if (this.ncap === 0) return Utils.emptyInts();
    return Utils.toArray(this.matchcap.subarray(0, this.ncap));
  }
  match(input, pos, anchor, lbState = null) {
    const startCond = this.re2.cond;
    if (startCond === Utils.EMPTY_ALL) return false;
    if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return false;
    this.matched = false;
    this.matchcap.fill(-1);
    const hasLookbehinds = this.prog.numLb > 0;
    const matchStartPos = pos;
    let currentPos = pos;
    let resumeLookbehinds = false;
    if (hasLookbehinds) {
      if (lbState !== null && lbState.pos >= 0 && lbState.pos <= pos) {
        currentPos = lbState.pos;
        resumeLookbehinds = true;
      } else currentPos = 0;
    }
    let saveLookbehinds = hasLookbehinds && lbState !== null;
    let runq = this.q0;
    let nextq = this.q1;
    let r = input.step(currentPos);
    let rune = r >> 3;
    let width = r & 7;
    let rune1 = -1;
    let width1 = 0;
    if (r !== MachineInputBase.EOF()) {
      r = input.step(currentPos + width);
      rune1 = r >> 3;
      width1 = r & 7;
    }
    let flag;
    if (currentPos === 0) flag = Utils.emptyOpContext(-1, rune);
    else flag = input.context(currentPos);
    if (hasLookbehinds) {
      if (resumeLookbehinds) this.restoreLookbehinds(lbState, runq, flag);
      else this.spawnLookbehinds(runq, currentPos, flag);
    }
    while (true) {
      if (runq.mainThreads === 0) {
        if ((startCond & Utils.EMPTY_BEGIN_TEXT) !== 0 && currentPos !== 0) break;
        if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && currentPos !== 0) break;
        if (this.matched) break;
        if (this.prog.numLb === 0 && runq.isEmpty() && !(this.re2.prefix.length === 0) && rune1 !== this.re2.prefixRune && input.canCheckPrefix()) {
          const advance = input.index(this.re2, currentPos);
          if (advance < 0) break;
          currentPos += advance;
          r = input.step(currentPos);
          rune = r >> 3;
          width = r & 7;
          r = input.step(currentPos + width);
          rune1 = r >> 3;
          width1 = r & 7;
          flag = input.context(currentPos);
        }
      }
      if (currentPos >= matchStartPos) {
        if (saveLookbehinds) {
          this.saveLookbehinds(lbState, runq, currentPos);
          saveLookbehinds = false;
        }
        if (!this.matched && (currentPos === 0 || anchor === RE2Flags.UNANCHORED)) {
          if (this.ncap > 0) this.matchcap[0] = currentPos;
          this.add(runq, this.prog.start, currentPos, this.matchcap, 0, flag);
        }
      }
      const nextPos = currentPos + width;
      flag = input.context(nextPos);
      this.step(runq, nextq, currentPos, nextPos, rune, flag, anchor, currentPos === input.endPos());
      if (width === 0) break;
      if (this.ncap === 0 && this.matched) break;
      currentPos += width;
      rune = rune1;
      width = width1;
      if (rune !== -1) {
        r = input.step(currentPos + width);
        rune1 = r >> 3;
        width1 = r & 7;
      }
      const tmpq = runq;
      runq = nextq;
      nextq = tmpq;
    }
    runq.clear();
    nextq.clear();
    return this.matched;
  }
  matchSet(input, pos, anchor) {
    const startCond = this.re2.cond;
    if (startCond === Utils.EMPTY_ALL) return [];
    if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return [];
    let currentPos = this.prog.numLb > 0 ? 0 : pos;
    let matchStartPos = pos;
    let runq = this.q0;
    let nextq = this.q1;
    let r = input.step(currentPos);
    let rune = r >> 3;
    let width = r & 7;
    let rune1 = -1;
    let width1 = 0;
    if (r !== MachineInputBase.EOF()) {
      r = input.step(currentPos + width);
      rune1 = r >> 3;
      width1 = r & 7;
    }
    let flag = currentPos === 0 ? Utils.emptyOpContext(-1, rune) : input.context(currentPos);
    const matches = /* @__PURE__ */ new Set();
    if (this.prog.numLb > 0) this.spawnLookbehinds(runq, currentPos, flag);
    while (true) {
      if (runq.mainThreads === 0) {
        if ((startCond & Utils.EMPTY_BEGIN_TEXT) !== 0 && currentPos !== 0) break;
        if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && currentPos !== 0) break;
      }
      if (currentPos === 0 || anchor === RE2Flags.UNANCHORED) {
        if (currentPos >= matchStartPos) this.add(runq, this.prog.start, currentPos, this.matchcap, 0, flag);
      }
      const nextPos = currentPos + width;
      flag = input.context(nextPos);
      for (let j = 0; j < runq.size; j++) {
        const pc = runq.densePcs[j];
        const i = this.prog.inst[pc];
        const capOffset = j * this.ncap;
        let add = false;
        switch (i.op) {
          case Inst.MATCH:
            if (anchor === RE2Flags.ANCHOR_BOTH && currentPos !== input.endPos()) break;
            matches.add(i.arg);
            break;
          case Inst.RUNE:
            add = i.matchRune(rune);
            break;
          case Inst.RUNE1:
            add = rune === i.runes[0];
            break;
          case Inst.RUNE_ANY:
            add = true;
            break;
          case Inst.RUNE_ANY_NOT_NL:
            add = rune !== 10;
            break;
          default:
            continue;
        }
        if (add) this.add(nextq, i.out, nextPos, runq.denseCaps, capOffset, flag);
      }
      runq.clear();
      if (width === 0) break;
      currentPos += width;
      rune = rune1;
      width = width1;
      if (rune !== -1) {
        r = input.step(currentPos + width);
        rune1 = r >> 3;
        width1 = r & 7;
      }
      const tmpq = runq;
      runq = nextq;
      nextq = tmpq;
    }
    nextq.clear();
    return Array.from(matches).sort((a, b) => a - b);
  }
  step(runq, nextq, pos, nextPos, c, nextCond, anchor, atEnd) {
    const longest = this.re2.longest;
    for (let j = 0; j < runq.size; j++) {
      const pc = runq.densePcs[j];
      const capOffset = j * this.ncap;
      if (longest && this.matched && this.ncap > 0 && this.matchcap[0] < runq.denseCaps[capOffset]) continue;
      const i = this.prog.inst[pc];
      let add = false;
      switch (i.op) {
        case Inst.MATCH:
          if (anchor === RE2Flags.ANCHOR_BOTH && !atEnd) break;
          if (this.ncap > 0 && (!longest || !this.matched || this.matchcap[1] < pos)) {
            runq.denseCaps[capOffset + 1] = pos;
            for (let k = 0; k < this.ncap; k++) this.matchcap[k] = runq.denseCaps[capOffset + k];
          }
          if (!longest) runq.size = 0;
          this.matched = true;
          break;
        case Inst.RUNE:
          add = i.matchRune(c);
          break;
        case Inst.RUNE1:
          add = c === i.runes[0];
          break;
        case Inst.RUNE_ANY:
          add = true;
          break;
        case Inst.RUNE_ANY_NOT_NL:
          add = c !== 10;
          break;
        default:
          continue;
      }
      if (add) this.add(nextq, i.out, nextPos, runq.denseCaps, capOffset, nextCond);
    }
    runq.clear();
  }
  spawnLookbehinds(q, pos, flag) {
    for (let i = 0; i < this.prog.lbStarts.length; i++) this.add(q, this.prog.lbStarts[i], pos, this.matchcap, 0, flag);
  }
  restoreLookbehinds(lbState, q, flag) {
    this.lbTable.set(lbState.lbTable);
    for (let j = 0; j < lbState.size; j++) this.add(q, lbState.pcs[j], lbState.pos, this.matchcap, 0, flag);
  }
  saveLookbehinds(lbState, q, pos) {
    let size = 0;
    for (let j = 0; j < q.size; j++) {
      const pc = q.densePcs[j];
      if (this.prog.lbInst[pc] === 1 && Inst.isRuneOp(this.prog.inst[pc].op)) lbState.pcs[size++] = pc;
    }
    lbState.size = size;
    lbState.pos = pos;
    lbState.lbTable.set(this.lbTable);
  }
  add(q, pc, pos, capArray, capOffset, cond) {
    const stk = this.addStack;
    let nstk = 0;
    for (; ; ) {
      while (pc !== 0 && !q.contains(pc)) {
        const d = q.add(pc);
        const inst = this.prog.inst[pc];
        switch (inst.op) {
          case Inst.FAIL:
            pc = 0;
            break;
          case Inst.ALT:
          case Inst.ALT_MATCH:
            stk[nstk++] = inst.arg;
            stk[nstk++] = 0;
            pc = inst.out;
            break;
          case Inst.EMPTY_WIDTH:
            pc = (inst.arg & ~cond) === 0 ? inst.out : 0;
            break;
          case Inst.NOP:
            pc = inst.out;
            break;
          case Inst.CAPTURE:
            if (inst.arg < this.ncap) {
              stk[nstk++] = -inst.arg - 1;
              stk[nstk++] = capArray[capOffset + inst.arg];
              capArray[capOffset + inst.arg] = pos;
            }
            pc = inst.out;
            break;
          case Inst.LB_WRITE:
            this.lbTable[Math.abs(inst.arg)] = pos;
            pc = inst.out;
            break;
          case Inst.LB_CHECK:
            if (inst.arg > 0) pc = this.lbTable[inst.arg] === pos ? inst.out : 0;
            else pc = this.lbTable[-inst.arg] !== pos ? inst.out : 0;
            break;
          case Inst.MATCH:
          case Inst.RUNE:
          case Inst.RUNE1:
          case Inst.RUNE_ANY:
          case Inst.RUNE_ANY_NOT_NL:
            if (this.prog.lbInst[pc] === 0) q.mainThreads++;
            if (this.ncap > 0) {
              const destOffset = d * this.ncap;
              if (destOffset + this.ncap > q.denseCaps.length) q.growCaps(destOffset + this.ncap);
              for (let c = 0; c < this.ncap; c++) q.denseCaps[destOffset + c] = capArray[capOffset + c];
            }
            pc = 0;
            break;
          default:
            throw new RE2JSInternalException("unhandled");
        }
      }
      if (nstk === 0) return;
      nstk -= 2;
      const entry = stk[nstk];
      if (entry < 0) {
        capArray[capOffset - entry - 1] = stk[nstk + 1];
        pc = 0;
      } else pc = entry;
    }
  }
};
var hashState = (pcs, flag, ids) => {
  let h = -2128831035;
  for (let i = 0; i < pcs.length; i++) {
    h ^= pcs[i];
    h = Math.imul(h, 16777619);
  }
  h ^= flag;
  h = Math.imul(h, 16777619);
  for (let i = 0; i < ids.length; i++) {
    h ^= ids[i];
    h = Math.imul(h, 16777619);
  }
  return h;
};
var arraysEqual = (a, b) => {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
};
var isState = (state, pcs, flag, ids) => state.flag === flag && arraysEqual(state.nfaStates, pcs) && arraysEqual(state.matchIDs, ids);
var NO_IDS = [];
var END_TEXT = -1;
var DFAState = class {
  constructor(nfaStates, flag, matchIDs) {
    this.nfaStates = nfaStates;
    this.flag = flag;
    this.isMatch = (flag & DFA.FLAG_MATCH) !== 0;
    this.matchIDs = matchIDs;
    this.next = null;
    this.nextAnchored = null;
  }
};
var DFA = class DFA2 {
  static FLAG_EMPTY_MASK = 255;
  static FLAG_MATCH = 256;
  static FLAG_LAST_WORD = 512;
  static FLAG_NEED_SHIFT = 16;
  static STATE_OVERHEAD = 150;
  static ARRAY_OVERHEAD = 40;
  static ELEMENT_SIZE = 8;
  static TABLE_OVERHEAD = 48;
  static PROGRESS_PER_STATE = 10;
  constructor(prog, maxMem = 8388608) {
    this.prog = prog;
    this.maxMem = maxMem;
    this.stateCache = /* @__PURE__ */ new Map();
    this.stateCount = 0;
    this.startStates = /* @__PURE__ */ new Map();
    this.failed = false;
    for (let pc = 0; pc < prog.numInst(); pc++) {
      const op = prog.getInst(pc).op;
      if (op === Inst.LB_WRITE || op === Inst.LB_CHECK) {
        this.failed = true;
        break;
      }
    }
    this.computeRuneClasses();
    this.stateBudget = maxMem;
    this.memBudget = maxMem;
  }
  computeRuneClasses() {
    const bounds = /* @__PURE__ */ new Set();
    const addRange = (lo, hi) => {
      bounds.add(lo);
      bounds.add(hi + 1);
    };
    for (let pc = 0; pc < this.prog.numInst(); pc++) {
      const inst = this.prog.getInst(pc);
      switch (inst.op) {
        case Inst.RUNE:
        case Inst.RUNE1:
          if (inst.runes.length === 1) {
            addRange(inst.runes[0], inst.runes[0]);
            if ((inst.arg & RE2Flags.FOLD_CASE) !== 0) for (let f = Unicode.simpleFold(inst.runes[0]); f !== inst.runes[0]; f = Unicode.simpleFold(f)) addRange(f, f);
          } else for (let j = 0; j < inst.runes.length; j += 2) addRange(inst.runes[j], inst.runes[j + 1]);
          break;
        case Inst.RUNE_ANY_NOT_NL:
          addRange(10, 10);
          break;
        case Inst.EMPTY_WIDTH:
          if ((inst.arg & (Utils.EMPTY_BEGIN_LINE | Utils.EMPTY_END_LINE)) !== 0) addRange(10, 10);
          if ((inst.arg & (Utils.EMPTY_WORD_BOUNDARY | Utils.EMPTY_NO_WORD_BOUNDARY)) !== 0) {
            addRange(48, 57);
            addRange(65, 90);
            addRange(95, 95);
            addRange(97, 122);
          }
      }
    }
    bounds.delete(0);
    this.classBounds = Int32Array.from(bounds).sort();
    this.numClasses = this.classBounds.length + 1;
    const latin1Class = new Int32Array(Unicode.MAX_LATIN1 + 1);
    for (let r = 0; r <= Unicode.MAX_LATIN1; r++) latin1Class[r] = this.searchClass(r);
    this.latin1Class = latin1Class;
  }
  runeClass(r) {
    if (r <= Unicode.MAX_LATIN1) return this.latin1Class[r];
    return this.searchClass(r);
  }
  searchClass(r) {
    const bounds = this.classBounds;
    let lo = 0;
    let hi = bounds.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (bounds[mid] <= r) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  closure(pcs, flag) {
    const closure = /* @__PURE__ */ new Set();
    const stack = Array.from(pcs);
    let needflags = 0;
    while (stack.length > 0) {
      const pc = stack.pop();
      if (pc === 0 || closure.has(pc)) continue;
      closure.add(pc);
      const inst = this.prog.getInst(pc);
      switch (inst.op) {
        case Inst.ALT:
        case Inst.ALT_MATCH:
          stack.push(inst.out);
          stack.push(inst.arg);
          break;
        case Inst.NOP:
        case Inst.CAPTURE:
          stack.push(inst.out);
          break;
        case Inst.EMPTY_WIDTH:
          needflags |= inst.arg;
          if ((inst.arg & ~flag) === 0) stack.push(inst.out);
      }
    }
    return {
      pcs: Array.from(closure).sort((a, b) => a - b),
      needflags
    };
  }
  getState(pcs, flag, ids) {
    const hash = hashState(pcs, flag, ids);
    const cached = this.stateCache.get(hash);
    if (cached instanceof DFAState) {
      if (isState(cached, pcs, flag, ids)) return cached;
    } else if (cached !== void 0) {
      for (let i = 0; i < cached.length; i++) if (isState(cached[i], pcs, flag, ids)) return cached[i];
    }
    const cost = DFA2.stateCost(pcs, ids);
    if (this.memBudget < cost) return null;
    this.memBudget -= cost;
    const state = new DFAState(pcs, flag, ids);
    if (cached === void 0) this.stateCache.set(hash, state);
    else if (cached instanceof DFAState) this.stateCache.set(hash, [cached, state]);
    else cached.push(state);
    this.stateCount++;
    return state;
  }
  static stateCost(pcs, ids) {
    const idsCost = ids.length === 0 ? 0 : DFA2.ARRAY_OVERHEAD + DFA2.ELEMENT_SIZE * ids.length;
    return DFA2.STATE_OVERHEAD + DFA2.ELEMENT_SIZE * pcs.length + idsCost;
  }
  *cachedStates() {
    for (const cached of this.stateCache.values()) if (cached instanceof DFAState) yield cached;
    else yield* cached;
  }
  makeState(pcs, flag, ids) {
    const closure = this.closure(pcs, flag & DFA2.FLAG_EMPTY_MASK);
    let stateFlag = flag;
    if (closure.needflags === 0) stateFlag &= DFA2.FLAG_MATCH;
    stateFlag |= closure.needflags << DFA2.FLAG_NEED_SHIFT;
    return this.getState(closure.pcs, stateFlag, ids);
  }
  allocTable(state, anchor) {
    const size = this.numClasses + 1;
    const cost = DFA2.TABLE_OVERHEAD + DFA2.ELEMENT_SIZE * size;
    if (this.memBudget < cost) return null;
    this.memBudget -= cost;
    const table = new Array(size).fill(null);
    if (anchor === RE2Flags.UNANCHORED) state.next = table;
    else state.nextAnchored = table;
    return table;
  }
  clearCache() {
    this.stateCache.clear();
    this.stateCount = 0;
    this.startStates.clear();
    this.memBudget = this.stateBudget;
  }
  resetCache(current) {
    this.clearCache();
    return this.getState(current.nfaStates, current.flag, current.matchIDs);
  }
  step(state, cls, rune, anchor) {
    let table = anchor === RE2Flags.UNANCHORED ? state.next : state.nextAnchored;
    if (table !== null) {
      const cached = table[cls];
      if (cached !== null) return cached;
    } else {
      table = this.allocTable(state, anchor);
      if (table === null) return null;
    }
    const needflag = state.flag >>> DFA2.FLAG_NEED_SHIFT;
    const oldbeforeflag = state.flag & DFA2.FLAG_EMPTY_MASK;
    let beforeflag = oldbeforeflag;
    let afterflag = 0;
    if (rune === 10) {
      beforeflag |= Utils.EMPTY_END_LINE;
      afterflag |= Utils.EMPTY_BEGIN_LINE;
    }
    if (rune === END_TEXT) beforeflag |= Utils.EMPTY_END_LINE | Utils.EMPTY_END_TEXT;
    const islastword = (state.flag & DFA2.FLAG_LAST_WORD) !== 0;
    const isword = rune !== END_TEXT && Utils.isWordRune(rune);
    beforeflag |= isword === islastword ? Utils.EMPTY_NO_WORD_BOUNDARY : Utils.EMPTY_WORD_BOUNDARY;
    let pcs = state.nfaStates;
    if ((beforeflag & ~oldbeforeflag & needflag) !== 0) pcs = this.closure(pcs, beforeflag).pcs;
    const nextPCs = [];
    let ismatch = false;
    let ids = NO_IDS;
    for (let i = 0; i < pcs.length; i++) {
      const inst = this.prog.getInst(pcs[i]);
      if (inst.op === Inst.MATCH) {
        if (!ismatch) {
          ismatch = true;
          ids = [];
        }
        ids.push(inst.arg);
      } else if (rune !== END_TEXT && Inst.isRuneOp(inst.op) && inst.matchRune(rune)) nextPCs.push(inst.out);
    }
    if (ids.length > 1) ids.sort((a, b) => a - b);
    if (anchor === RE2Flags.UNANCHORED && rune !== END_TEXT) nextPCs.push(this.prog.start);
    let flag = afterflag;
    if (ismatch) flag |= DFA2.FLAG_MATCH;
    if (isword) flag |= DFA2.FLAG_LAST_WORD;
    const nextState = this.makeState(nextPCs, flag, ids);
    if (nextState === null) return null;
    table[cls] = nextState;
    return nextState;
  }
  start(input, pos) {
    const context = input.context(pos);
    let flags;
    if ((context & Utils.EMPTY_BEGIN_TEXT) !== 0) flags = Utils.EMPTY_BEGIN_TEXT | Utils.EMPTY_BEGIN_LINE;
    else if ((context & Utils.EMPTY_BEGIN_LINE) !== 0) flags = Utils.EMPTY_BEGIN_LINE;
    else {
      const r = input.step(pos);
      const nextIsWord = r >= 0 && Utils.isWordRune(r >> 3);
      flags = (context & Utils.EMPTY_WORD_BOUNDARY) !== 0 !== nextIsWord ? DFA2.FLAG_LAST_WORD : 0;
    }
    let state = this.startStates.get(flags);
    if (state === void 0) {
      state = this.makeState([this.prog.start], flags, NO_IDS);
      if (state === null) {
        this.clearCache();
        state = this.makeState([this.prog.start], flags, NO_IDS);
        if (state === null) return null;
      }
      this.startStates.set(flags, state);
    }
    return state;
  }
  stepOrReset(state, cls, rune, anchor, pos, search) {
    let next = this.step(state, cls, rune, anchor);
    if (next !== null) return next;
    if (search.resetPos >= 0 && pos - search.resetPos < DFA2.PROGRESS_PER_STATE * this.stateCount) return null;
    search.resetPos = pos;
    const restored = this.resetCache(state);
    if (restored === null) return null;
    next = this.step(restored, cls, rune, anchor);
    return next;
  }
  run(input, pos, anchor, state, onMatch) {
    const endPos = input.endPos();
    const latin1Class = this.latin1Class;
    const unanchored = anchor === RE2Flags.UNANCHORED;
    const search = { resetPos: -1 };
    let i = pos;
    while (i < endPos) {
      const r = input.step(i);
      const rune = r >> 3;
      const width = r & 7;
      if (width === 0) break;
      const cls = rune <= Unicode.MAX_LATIN1 ? latin1Class[rune] : this.runeClass(rune);
      let next = unanchored && state.next !== null ? state.next[cls] : null;
      if (next === null) {
        next = this.stepOrReset(state, cls, rune, anchor, i, search);
        if (next === null) return null;
      }
      state = next;
      if (state.isMatch && onMatch(state, false)) return true;
      if (!unanchored && state.nfaStates.length === 0) return false;
      i += width;
    }
    state = this.stepOrReset(state, this.numClasses, END_TEXT, anchor, i, search);
    if (state === null) return null;
    return state.isMatch && onMatch(state, true);
  }
  match(input, pos, anchor) {
    if (this.failed) return null;
    if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return false;
    const startState = this.start(input, pos);
    if (startState === null) return null;
    return this.run(input, pos, anchor, startState, (state, atEnd) => anchor !== RE2Flags.ANCHOR_BOTH || atEnd);
  }
  matchSet(input, pos, anchor) {
    if (this.failed) return null;
    if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return [];
    const startState = this.start(input, pos);
    if (startState === null) return null;
    const matches = /* @__PURE__ */ new Set();
    const collect = (state, atEnd) => {
      if (anchor !== RE2Flags.ANCHOR_BOTH || atEnd) for (let k = 0; k < state.matchIDs.length; k++) matches.add(state.matchIDs[k]);
      return false;
    };
    if (this.run(input, pos, anchor, startState, collect) === null) return null;
    return Array.from(matches).sort((a, b) => a - b);
  }
};
var VISITED_BITS = 32;
var MAX_BACKTRACK_PROG = 500;
var INITIAL_JOB_CAPACITY = 256;
var MAX_BACKTRACK_VECTOR = 262144;
var BitState = class {
  constructor() {
    this.end = 0;
    this.cap = /* @__PURE__ */ new Int32Array(0);
    this.matchcap = /* @__PURE__ */ new Int32Array(0);
    this.ncap = 0;
    this.jobPc = new Int32Array(INITIAL_JOB_CAPACITY);
    this.jobArg = new Uint8Array(INITIAL_JOB_CAPACITY);
    this.jobPos = new Int32Array(INITIAL_JOB_CAPACITY);
    this.jobLen = 0;
    this.visited = /* @__PURE__ */ new Uint32Array(0);
  }
  reset(prog, end, ncap) {
    this.end = end;
    this.jobLen = 0;
    this.ncap = ncap;
    const visitedSize = prog.numInst() * (end + 1) + VISITED_BITS - 1 >>> 5;
    if (this.visited.length < visitedSize) this.visited = new Uint32Array(visitedSize);
    else this.visited.fill(0, 0, visitedSize);
    if (this.cap.length < ncap) this.cap = new Int32Array(ncap).fill(-1);
    else this.cap.fill(-1, 0, ncap);
    if (this.matchcap.length < ncap) this.matchcap = new Int32Array(ncap).fill(-1);
    else this.matchcap.fill(-1, 0, ncap);
  }
  shouldVisit(pc, pos) {
    const n = pc * (this.end + 1) + pos;
    const idx = n >>> 5;
    const mask = 1 << (n & 31);
    if ((this.visited[idx] & mask) !== 0) return false;
    this.visited[idx] |= mask;
    return true;
  }
  push(re2, pc, pos, arg) {
    if (re2.prog.getInst(pc).op !== Inst.FAIL && (arg || this.shouldVisit(pc, pos))) {
      if (this.jobLen >= this.jobPc.length) {
        const newSize = this.jobPc.length * 2;
        const newPc = new Int32Array(newSize);
        newPc.set(this.jobPc);
        this.jobPc = newPc;
        const newArg = new Uint8Array(newSize);
        newArg.set(this.jobArg);
        this.jobArg = newArg;
        const newPos = new Int32Array(newSize);
        newPos.set(this.jobPos);
        this.jobPos = newPos;
      }
      this.jobPc[this.jobLen] = pc;
      this.jobArg[this.jobLen] = arg ? 1 : 0;
      this.jobPos[this.jobLen] = pos;
      this.jobLen++;
    }
  }
  tryBacktrack(re2, input, pc, pos, anchor) {
    const longest = re2.longest;
    this.push(re2, pc, pos, false);
    while (this.jobLen > 0) {
      this.jobLen--;
      let currentPc = this.jobPc[this.jobLen];
      let arg = this.jobArg[this.jobLen] === 1;
      let currentPos = this.jobPos[this.jobLen];
      let skipShouldVisit = true;
      while (true) {
        if (!skipShouldVisit) {
          if (!this.shouldVisit(currentPc, currentPos)) break;
        }
        skipShouldVisit = false;
        const inst = re2.prog.getInst(currentPc);
        switch (inst.op) {
          case Inst.FAIL:
            break;
          case Inst.ALT:
            if (arg) {
              arg = false;
              currentPc = inst.arg;
              continue;
            } else {
              this.push(re2, currentPc, currentPos, true);
              currentPc = inst.out;
              continue;
            }
          case Inst.ALT_MATCH: {
            const outInst = re2.prog.getInst(inst.out);
            if (Inst.isRuneOp(outInst.op)) {
              this.push(re2, inst.arg, currentPos, false);
              currentPc = inst.arg;
              currentPos = this.end;
              continue;
            }
            this.push(re2, inst.out, this.end, false);
            currentPc = inst.out;
            continue;
          }
          case Inst.RUNE: {
            const r = input.step(currentPos);
            if (r === MachineInputBase.EOF()) break;
            if (!inst.matchRune(r >> 3)) break;
            currentPos += r & 7;
            currentPc = inst.out;
            continue;
          }
          case Inst.RUNE1: {
            const r = input.step(currentPos);
            if (r === MachineInputBase.EOF()) break;
            if (r >> 3 !== inst.runes[0]) break;
            currentPos += r & 7;
            currentPc = inst.out;
            continue;
          }
          case Inst.RUNE_ANY_NOT_NL: {
            const r = input.step(currentPos);
            if (r === MachineInputBase.EOF()) break;
            if (r >> 3 === 10) break;
            currentPos += r & 7;
            currentPc = inst.out;
            continue;
          }
          case Inst.RUNE_ANY: {
            const r = input.step(currentPos);
            if (r === MachineInputBase.EOF()) break;
            currentPos += r & 7;
            currentPc = inst.out;
            continue;
          }
          case Inst.CAPTURE:
            if (arg) {
              this.cap[inst.arg] = currentPos;
              break;
            } else {
              if (inst.arg < this.ncap) {
                this.push(re2, currentPc, this.cap[inst.arg], true);
                this.cap[inst.arg] = currentPos;
              }
              currentPc = inst.out;
              continue;
            }
          case Inst.EMPTY_WIDTH: {
            const flag = input.context(currentPos);
            if ((inst.arg & ~flag) !== 0) break;
            currentPc = inst.out;
            continue;
          }
          case Inst.NOP:
            currentPc = inst.out;
            continue;
          case Inst.MATCH: {
            if (anchor === RE2Flags.ANCHOR_BOTH && currentPos !== this.end) break;
            if (this.ncap === 0) return true;
            if (this.ncap > 1) this.cap[1] = currentPos;
            const old = this.matchcap[1];
            if (old === -1 || longest && currentPos > 0 && currentPos > old) this.matchcap.set(this.cap);
            if (!longest) return true;
            if (currentPos === this.end) return true;
            break;
          }
          case Inst.LB_WRITE:
          case Inst.LB_CHECK:
            throw new RE2JSInternalException("Backtracker cannot evaluate Lookbehind instructions");
          default:
            throw new RE2JSInternalException("bad inst");
        }
        break;
      }
    }
    return longest && this.matchcap.length > 1 && this.matchcap[1] >= 0;
  }
};
var bitStatePool = [];
var Backtracker = class Backtracker2 {
  static shouldBacktrack(prog) {
    return prog.numInst() <= MAX_BACKTRACK_PROG;
  }
  static maxBitStateLen(prog) {
    if (!Backtracker2.shouldBacktrack(prog)) return 0;
    return Math.floor(MAX_BACKTRACK_VECTOR / prog.numInst());
  }
  static execute(re2, input, pos, anchor, ncap) {
    const startCond = re2.cond;
    if (startCond === Utils.EMPTY_ALL) return null;
    if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return null;
    if ((startCond & Utils.EMPTY_BEGIN_TEXT) !== 0 && pos !== 0) return null;
    const b = bitStatePool.length > 0 ? bitStatePool.pop() : new BitState();
    const end = input.endPos();
    b.reset(re2.prog, end, ncap);
    let matched = false;
    if ((startCond & Utils.EMPTY_BEGIN_TEXT) !== 0 || anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) {
      if (b.ncap > 0) b.cap[0] = pos;
      if (b.tryBacktrack(re2, input, re2.prog.start, pos, anchor)) matched = true;
    } else {
      let width = -1;
      for (; pos <= end && width !== 0; pos += width) {
        if (re2.prefix.length > 0) {
          const advance = input.index(re2, pos);
          if (advance < 0) break;
          pos += advance;
        }
        if (b.ncap > 0) b.cap[0] = pos;
        if (b.tryBacktrack(re2, input, re2.prog.start, pos, anchor)) {
          matched = true;
          break;
        }
        const r = input.step(pos);
        width = r === MachineInputBase.EOF() ? 0 : r & 7;
      }
    }
    if (!matched) {
      bitStatePool.push(b);
      return null;
    }
    const result = ncap === 0 ? [] : Utils.toArray(b.matchcap.subarray(0, ncap));
    bitStatePool.push(b);
    return result;
  }
};
var QueueOnePass = class {
  constructor(size) {
    this.sparse = new Uint32Array(size);
    this.dense = new Uint32Array(size);
    this.size = 0;
    this.nextIndex = 0;
  }
  empty() {
    return this.nextIndex >= this.size;
  }
  next() {
    return this.dense[this.nextIndex++];
  }
  clear() {
    this.size = 0;
    this.nextIndex = 0;
  }
  contains(u) {
    return u < this.sparse.length && this.sparse[u] < this.size && this.dense[this.sparse[u]] === u;
  }
  insert(u) {
    if (!this.contains(u)) this.insertNew(u);
  }
  insertNew(u) {
    if (u >= this.sparse.length) return;
    this.sparse[u] = this.size;
    this.dense[this.size] = u;
    this.size++;
  }
};
var mergeRuneSets = (leftRunes, rightRunes, leftPC, rightPC) => {
  const leftLen = leftRunes.length;
  const rightLen = rightRunes.length;
  let lx = 0, rx = 0;
  const merged = [];
  const next = [];
  let ok = true;
  let ix = -1;
  const extend = (isLeft) => {
    const newArray = isLeft ? leftRunes : rightRunes;
    const low = isLeft ? lx : rx;
    const pc = isLeft ? leftPC : rightPC;
    if (ix > 0 && newArray[low] <= merged[ix]) return false;
    merged.push(newArray[low], newArray[low + 1]);
    if (isLeft) lx += 2;
    else rx += 2;
    ix += 2;
    next.push(pc);
    return true;
  };
  while (lx < leftLen || rx < rightLen) {
    if (rx >= rightLen) ok = extend(true);
    else if (lx >= leftLen) ok = extend(false);
    else if (rightRunes[rx] < leftRunes[lx]) ok = extend(false);
    else ok = extend(true);
    if (!ok) return null;
  }
  return {
    merged,
    next
  };
};
var OnePassProg = class {
  constructor(prog) {
    this.start = prog.start;
    this.numCap = prog.numCap;
    this.inst = new Array(prog.inst.length);
    for (let i = 0; i < prog.inst.length; i++) {
      const orig = prog.inst[i];
      const inst = new Inst(orig.op);
      inst.out = orig.out;
      inst.arg = orig.arg;
      inst.runes = orig.runes ? new Int32Array(orig.runes) : /* @__PURE__ */ new Int32Array(0);
      inst.next = null;
      this.inst[i] = inst;
    }
  }
};
var onePassCopy = (prog) => {
  const p = new OnePassProg(prog);
  for (let pc = 0; pc < p.inst.length; pc++) {
    const inst = p.inst[pc];
    if (inst.op !== Inst.ALT && inst.op !== Inst.ALT_MATCH) continue;
    let pAOther = "out";
    let pAAlt = "arg";
    let instAlt = p.inst[inst[pAAlt]];
    if (instAlt.op !== Inst.ALT && instAlt.op !== Inst.ALT_MATCH) {
      pAOther = "arg";
      pAAlt = "out";
      instAlt = p.inst[inst[pAAlt]];
      if (instAlt.op !== Inst.ALT && instAlt.op !== Inst.ALT_MATCH) continue;
    }
    const instOther = p.inst[inst[pAOther]];
    if (instOther.op === Inst.ALT || instOther.op === Inst.ALT_MATCH) continue;
    let pBAlt = "out";
    let pBOther = "arg";
    let patch = false;
    if (instAlt.out === pc) patch = true;
    else if (instAlt.arg === pc) {
      patch = true;
      pBAlt = "arg";
      pBOther = "out";
    }
    if (patch) instAlt[pBAlt] = inst[pAOther];
    if (inst[pAOther] === instAlt[pBAlt]) inst[pAAlt] = instAlt[pBOther];
  }
  return p;
};
var makeOnePass = (p) => {
  if (p.inst.length >= 1e3) return null;
  const instQueue = new QueueOnePass(p.inst.length);
  const visitQueue = new QueueOnePass(p.inst.length);
  const onePassRunes = new Array(p.inst.length);
  const m = new Array(p.inst.length).fill(false);
  const check = (pc) => {
    let ok = true;
    const inst = p.inst[pc];
    if (visitQueue.contains(pc)) return true;
    visitQueue.insert(pc);
    switch (inst.op) {
      case Inst.ALT:
      case Inst.ALT_MATCH: {
        ok = check(inst.out) && check(inst.arg);
        let matchOut = m[inst.out];
        let matchArg = m[inst.arg];
        if (matchOut && matchArg) return false;
        if (matchArg) {
          const tempOut = inst.out;
          inst.out = inst.arg;
          inst.arg = tempOut;
          const tempMatch = matchOut;
          matchOut = matchArg;
          matchArg = tempMatch;
        }
        if (matchOut) {
          m[pc] = true;
          inst.op = Inst.ALT_MATCH;
        }
        const leftRunes = onePassRunes[inst.out] || [];
        const rightRunes = onePassRunes[inst.arg] || [];
        const mergeRes = mergeRuneSets(leftRunes, rightRunes, inst.out, inst.arg);
        if (!mergeRes) return false;
        onePassRunes[pc] = new Int32Array(mergeRes.merged);
        inst.next = new Uint32Array(mergeRes.next);
        break;
      }
      case Inst.CAPTURE:
      case Inst.EMPTY_WIDTH:
      case Inst.NOP:
        ok = check(inst.out);
        m[pc] = m[inst.out];
        onePassRunes[pc] = onePassRunes[inst.out] ? new Int32Array(onePassRunes[inst.out]) : /* @__PURE__ */ new Int32Array(0);
        inst.next = new Uint32Array(Math.floor(onePassRunes[pc].length / 2) + 1).fill(inst.out);
        break;
      case Inst.MATCH:
      case Inst.FAIL:
        m[pc] = inst.op === Inst.MATCH;
        break;
      case Inst.RUNE: {
        m[pc] = false;
        if (inst.next && inst.next.length > 0) break;
        instQueue.insert(inst.out);
        if (!inst.runes || inst.runes.length === 0) {
          onePassRunes[pc] = /* @__PURE__ */ new Int32Array(0);
          inst.next = new Uint32Array([inst.out]);
          break;
        }
        let runes = [];
        if (inst.runes.length === 1 && (inst.arg & RE2Flags.FOLD_CASE) !== 0) {
          const r0 = inst.runes[0];
          runes.push(r0, r0);
          for (let r1 = Unicode.simpleFold(r0); r1 !== r0; r1 = Unicode.simpleFold(r1)) runes.push(r1, r1);
          runes.sort((a, b) => a - b);
        } else for (let j = 0; j < inst.runes.length; j++) runes.push(inst.runes[j]);
        onePassRunes[pc] = new Int32Array(runes);
        inst.next = new Uint32Array(Math.floor(runes.length / 2) + 1).fill(inst.out);
        inst.op = Inst.RUNE;
        break;
      }
      case Inst.RUNE1: {
        m[pc] = false;
        if (inst.next && inst.next.length > 0) break;
        instQueue.insert(inst.out);
        let runes = [];
        if ((inst.arg & RE2Flags.FOLD_CASE) !== 0) {
          const r0 = inst.runes[0];
          runes.push(r0, r0);
          for (let r1 = Unicode.simpleFold(r0); r1 !== r0; r1 = Unicode.simpleFold(r1)) runes.push(r1, r1);
          runes.sort((a, b) => a - b);
        } else runes.push(inst.runes[0], inst.runes[0]);
        onePassRunes[pc] = new Int32Array(runes);
        inst.next = new Uint32Array(Math.floor(runes.length / 2) + 1).fill(inst.out);
        inst.op = Inst.RUNE;
        break;
      }
      case Inst.RUNE_ANY:
        m[pc] = false;
        if (inst.next && inst.next.length > 0) break;
        instQueue.insert(inst.out);
        onePassRunes[pc] = new Int32Array([0, Unicode.MAX_RUNE]);
        inst.next = new Uint32Array([inst.out]);
        break;
      case Inst.RUNE_ANY_NOT_NL:
        m[pc] = false;
        if (inst.next && inst.next.length > 0) break;
        instQueue.insert(inst.out);
        onePassRunes[pc] = new Int32Array([
          0,
          9,
          11,
          Unicode.MAX_RUNE
        ]);
        inst.next = new Uint32Array(Math.floor(onePassRunes[pc].length / 2) + 1).fill(inst.out);
    }
    return ok;
  };
  instQueue.clear();
  instQueue.insert(p.start);
  while (!instQueue.empty()) {
    visitQueue.clear();
    if (!check(instQueue.next())) return null;
  }
  for (let i = 0; i < p.inst.length; i++) if (onePassRunes[i]) p.inst[i].runes = onePassRunes[i];
  return p;
};
var cleanupOnePass = (p, original) => {
  for (let ix = 0; ix < original.inst.length; ix++) {
    const instOriginal = original.inst[ix];
    switch (instOriginal.op) {
      case Inst.ALT:
      case Inst.ALT_MATCH:
      case Inst.RUNE:
        break;
      case Inst.CAPTURE:
      case Inst.EMPTY_WIDTH:
      case Inst.NOP:
      case Inst.MATCH:
      case Inst.FAIL:
        p.inst[ix].next = null;
        break;
      case Inst.RUNE1:
      case Inst.RUNE_ANY:
      case Inst.RUNE_ANY_NOT_NL:
        p.inst[ix].next = null;
        p.inst[ix].op = instOriginal.op;
        p.inst[ix].runes = instOriginal.runes ? new Int32Array(instOriginal.runes) : /* @__PURE__ */ new Int32Array(0);
    }
  }
};
var OnePass = class OnePass2 {
  static compile(prog) {
    if (prog.start === 0) return null;
    if (prog.numLb > 0) return null;
    const startInst = prog.inst[prog.start];
    if (startInst.op !== Inst.EMPTY_WIDTH || (startInst.arg & Utils.EMPTY_BEGIN_TEXT) === 0) return null;
    let hasAlt = false;
    for (let i = 0; i < prog.inst.length; i++) if (prog.inst[i].op === Inst.ALT || prog.inst[i].op === Inst.ALT_MATCH) {
      hasAlt = true;
      break;
    }
    for (let i = 0; i < prog.inst.length; i++) {
      const inst = prog.inst[i];
      const opOut = prog.inst[inst.out].op;
      switch (inst.op) {
        case Inst.ALT:
        case Inst.ALT_MATCH:
          if (opOut === Inst.MATCH || prog.inst[inst.arg].op === Inst.MATCH) return null;
          break;
        case Inst.EMPTY_WIDTH:
          if (opOut === Inst.MATCH) {
            if ((inst.arg & Utils.EMPTY_END_TEXT) === Utils.EMPTY_END_TEXT) continue;
            return null;
          }
          break;
        default:
          if (opOut === Inst.MATCH && hasAlt) return null;
      }
    }
    let p = onePassCopy(prog);
    p = makeOnePass(p);
    if (p !== null) cleanupOnePass(p, prog);
    return p;
  }
  static next(inst, r) {
    const nextIdx = inst.matchRunePos(r);
    if (nextIdx >= 0) return inst.next[nextIdx];
    if (inst.op === Inst.ALT_MATCH) return inst.out;
    return 0;
  }
  static execute(re2, input, pos, anchor, ncap) {
    const onepass = re2.onepass;
    if (!onepass) return null;
    const matchcap = new Int32Array(ncap).fill(-1);
    let matched = false;
    let r = input.step(pos);
    let rune = r >> 3;
    let width = r & 7;
    let r1 = MachineInputBase.EOF();
    let rune1 = -1;
    let width1 = 0;
    if (r !== MachineInputBase.EOF()) {
      r1 = input.step(pos + width);
      if (r1 !== MachineInputBase.EOF()) {
        rune1 = r1 >> 3;
        width1 = r1 & 7;
      }
    }
    let flag = pos === 0 ? Utils.emptyOpContext(-1, rune) : input.context(pos);
    let pc = onepass.start;
    let inst;
    while (true) {
      inst = onepass.inst[pc];
      pc = inst.out;
      switch (inst.op) {
        case Inst.MATCH:
          if (anchor === RE2Flags.ANCHOR_BOTH && pos !== input.endPos()) return null;
          matched = true;
          if (matchcap.length > 0) {
            matchcap[0] = 0;
            matchcap[1] = pos;
          }
          return ncap === 0 ? [] : Utils.toArray(matchcap);
        case Inst.RUNE:
          if (!inst.matchRune(rune)) return null;
          break;
        case Inst.RUNE1:
          if (rune !== inst.runes[0]) return null;
          break;
        case Inst.RUNE_ANY:
          break;
        case Inst.RUNE_ANY_NOT_NL:
          if (rune === 10) return null;
          break;
        case Inst.ALT:
        case Inst.ALT_MATCH:
          pc = OnePass2.next(inst, rune);
          continue;
        case Inst.FAIL:
          return null;
        case Inst.NOP:
          continue;
        case Inst.EMPTY_WIDTH:
          if ((inst.arg & ~flag) !== 0) return null;
          continue;
        case Inst.CAPTURE:
          if (inst.arg < matchcap.length) matchcap[inst.arg] = pos;
          continue;
        default:
          throw new RE2JSInternalException("bad inst");
      }
      if (width === 0) break;
      flag = Utils.emptyOpContext(rune, rune1);
      pos += width;
      rune = rune1;
      width = width1;
      if (rune !== -1) {
        r1 = input.step(pos + width);
        if (r1 !== MachineInputBase.EOF()) {
          rune1 = r1 >> 3;
          width1 = r1 & 7;
        } else {
          rune1 = -1;
          width1 = 0;
        }
      }
    }
    if (!matched) return null;
    return ncap === 0 ? [] : Utils.toArray(matchcap);
  }
};
var Regexp = class Regexp2 {
  static Op = createEnum([
    "NO_MATCH",
    "EMPTY_MATCH",
    "LITERAL",
    "CHAR_CLASS",
    "ANY_CHAR_NOT_NL",
    "ANY_CHAR",
    "BEGIN_LINE",
    "END_LINE",
    "BEGIN_TEXT",
    "END_TEXT",
    "WORD_BOUNDARY",
    "NO_WORD_BOUNDARY",
    "CAPTURE",
    "STAR",
    "PLUS",
    "QUEST",
    "REPEAT",
    "CONCAT",
    "ALTERNATE",
    "PLB",
    "NLB",
    "LEFT_PAREN",
    "VERTICAL_BAR"
  ]);
  static isPseudoOp(op) {
    return op >= Regexp2.Op.LEFT_PAREN;
  }
  static emptySubs() {
    return [];
  }
  static quoteIfHyphen(rune) {
    if (rune === Codepoint.CODES["-"]) return "\\";
    return "";
  }
  static fromRegexp(re) {
    const regex = new Regexp2(re.op);
    regex.flags = re.flags;
    regex.subs = re.subs;
    regex.runes = re.runes;
    regex.cap = re.cap;
    regex.min = re.min;
    regex.max = re.max;
    regex.name = re.name;
    regex.namedGroups = re.namedGroups;
    regex.lb = re.lb;
    return regex;
  }
  constructor(op) {
    this.op = op;
    this.flags = 0;
    this.subs = Regexp2.emptySubs();
    this.runes = /* @__PURE__ */ new Int32Array(0);
    this.min = 0;
    this.max = 0;
    this.cap = 0;
    this.name = null;
    this.namedGroups = /* @__PURE__ */ Object.create(null);
    this.lb = 0;
  }
  reinit() {
    this.flags = 0;
    this.subs = Regexp2.emptySubs();
    this.runes = /* @__PURE__ */ new Int32Array(0);
    this.cap = 0;
    this.min = 0;
    this.max = 0;
    this.name = null;
    this.namedGroups = /* @__PURE__ */ Object.create(null);
    this.lb = 0;
  }
  toString() {
    return this.appendTo();
  }
  appendTo() {
    let out = "";
    switch (this.op) {
      case Regexp2.Op.NO_MATCH:
        out += "[^\\x00-\\x{10FFFF}]";
        break;
      case Regexp2.Op.EMPTY_MATCH:
        out += "(?:)";
        break;
      case Regexp2.Op.STAR:
      case Regexp2.Op.PLUS:
      case Regexp2.Op.QUEST:
      case Regexp2.Op.REPEAT: {
        const sub = this.subs[0];
        if (sub.op > Regexp2.Op.CAPTURE || sub.op === Regexp2.Op.LITERAL && sub.runes.length > 1) out += `(?:${sub.appendTo()})`;
        else out += sub.appendTo();
        switch (this.op) {
          case Regexp2.Op.STAR:
            out += "*";
            break;
          case Regexp2.Op.PLUS:
            out += "+";
            break;
          case Regexp2.Op.QUEST:
            out += "?";
            break;
          case Regexp2.Op.REPEAT:
            out += `{${this.min}`;
            if (this.min !== this.max) {
              out += ",";
              if (this.max >= 0) out += this.max;
            }
            out += "}";
        }
        if ((this.flags & RE2Flags.NON_GREEDY) !== 0) out += "?";
        break;
      }
      case Regexp2.Op.CONCAT:
        for (let sub of this.subs) if (sub.op === Regexp2.Op.ALTERNATE) out += `(?:${sub.appendTo()})`;
        else out += sub.appendTo();
        break;
      case Regexp2.Op.ALTERNATE: {
        let sep = "";
        for (let sub of this.subs) {
          out += sep;
          sep = "|";
          out += sub.appendTo();
        }
        break;
      }
      case Regexp2.Op.LITERAL:
        if ((this.flags & RE2Flags.FOLD_CASE) !== 0) out += "(?i:";
        for (let rune of this.runes) out += Utils.escapeRune(rune);
        if ((this.flags & RE2Flags.FOLD_CASE) !== 0) out += ")";
        break;
      case Regexp2.Op.ANY_CHAR_NOT_NL:
        out += "(?-s:.)";
        break;
      case Regexp2.Op.ANY_CHAR:
        out += "(?s:.)";
        break;
      case Regexp2.Op.PLB:
        out += `(?<=${this.subs[0].appendTo()})`;
        break;
      case Regexp2.Op.NLB:
        out += `(?<!${this.subs[0].appendTo()})`;
        break;
      case Regexp2.Op.CAPTURE:
        if (this.name === null || this.name.length === 0) out += "(";
        else out += `(?P<${this.name}>`;
        if (this.subs[0].op !== Regexp2.Op.EMPTY_MATCH) out += this.subs[0].appendTo();
        out += ")";
        break;
      case Regexp2.Op.BEGIN_TEXT:
        out += "\\A";
        break;
      case Regexp2.Op.END_TEXT:
        if ((this.flags & RE2Flags.WAS_DOLLAR) !== 0) out += "(?-m:$)";
        else out += "\\z";
        break;
      case Regexp2.Op.BEGIN_LINE:
        out += "^";
        break;
      case Regexp2.Op.END_LINE:
        out += "$";
        break;
      case Regexp2.Op.WORD_BOUNDARY:
        out += "\\b";
        break;
      case Regexp2.Op.NO_WORD_BOUNDARY:
        out += "\\B";
        break;
      case Regexp2.Op.CHAR_CLASS:
        if (this.runes.length % 2 !== 0) {
          out += "[invalid char class]";
          break;
        }
        out += "[";
        if (this.runes.length === 0) out += "^\\x00-\\x{10FFFF}";
        else if (this.runes[0] === 0 && this.runes[this.runes.length - 1] === Unicode.MAX_RUNE) {
          out += "^";
          for (let i = 1; i < this.runes.length - 1; i += 2) {
            const lo = this.runes[i] + 1;
            const hi = this.runes[i + 1] - 1;
            out += Regexp2.quoteIfHyphen(lo);
            out += Utils.escapeRune(lo);
            if (lo !== hi) {
              out += "-";
              out += Regexp2.quoteIfHyphen(hi);
              out += Utils.escapeRune(hi);
            }
          }
        } else for (let i = 0; i < this.runes.length; i += 2) {
          const lo = this.runes[i];
          const hi = this.runes[i + 1];
          out += Regexp2.quoteIfHyphen(lo);
          out += Utils.escapeRune(lo);
          if (lo !== hi) {
            out += "-";
            out += Regexp2.quoteIfHyphen(hi);
            out += Utils.escapeRune(hi);
          }
        }
        out += "]";
        break;
      default:
        out += this.op;
    }
    return out;
  }
  maxCap() {
    let m = 0;
    if (this.op === Regexp2.Op.CAPTURE) m = this.cap;
    if (this.subs !== null) for (let sub of this.subs) {
      const n = sub.maxCap();
      if (m < n) m = n;
    }
    return m;
  }
  equals(that) {
    if (!(that !== null && that instanceof Regexp2)) return false;
    if (this.op !== that.op) return false;
    switch (this.op) {
      case Regexp2.Op.END_TEXT:
        if ((this.flags & RE2Flags.WAS_DOLLAR) !== (that.flags & RE2Flags.WAS_DOLLAR)) return false;
        break;
      case Regexp2.Op.LITERAL:
      case Regexp2.Op.CHAR_CLASS:
        if ((this.flags & RE2Flags.FOLD_CASE) !== (that.flags & RE2Flags.FOLD_CASE)) return false;
        if (this.runes === null && that.runes === null) break;
        if (this.runes === null || that.runes === null) return false;
        if (this.runes.length !== that.runes.length) return false;
        for (let i = 0; i < this.runes.length; i++) if (this.runes[i] !== that.runes[i]) return false;
        break;
      case Regexp2.Op.ALTERNATE:
      case Regexp2.Op.CONCAT:
        if (this.subs.length !== that.subs.length) return false;
        for (let i = 0; i < this.subs.length; ++i) if (!this.subs[i].equals(that.subs[i])) return false;
        break;
      case Regexp2.Op.STAR:
      case Regexp2.Op.PLUS:
      case Regexp2.Op.QUEST:
        if ((this.flags & RE2Flags.NON_GREEDY) !== (that.flags & RE2Flags.NON_GREEDY) || !this.subs[0].equals(that.subs[0])) return false;
        break;
      case Regexp2.Op.REPEAT:
        if ((this.flags & RE2Flags.NON_GREEDY) !== (that.flags & RE2Flags.NON_GREEDY) || this.min !== that.min || this.max !== that.max || !this.subs[0].equals(that.subs[0])) return false;
        break;
      case Regexp2.Op.CAPTURE:
        if (this.cap !== that.cap || (this.name === null ? that.name !== null : this.name !== that.name) || !this.subs[0].equals(that.subs[0])) return false;
        break;
      case Regexp2.Op.PLB:
      case Regexp2.Op.NLB:
        if (this.lb !== that.lb || !this.subs[0].equals(that.subs[0])) return false;
    }
    return true;
  }
};
var RegexpWalker = class {
  static walk(root, handler) {
    const stack = [];
    let re = root;
    let result;
    for (; ; ) {
      if (re.subs.length === 0) result = handler.leaf(re);
      else {
        const state = handler.enter(re);
        if (state.result === void 0) {
          stack.push({
            re,
            state,
            i: 0
          });
          re = re.subs[0];
          continue;
        }
        result = state.result;
      }
      for (; ; ) {
        if (stack.length === 0) return result;
        const frame = stack[stack.length - 1];
        handler.child(frame.re, frame.state, result, frame.i);
        frame.i++;
        if (frame.state.result === void 0 && frame.i < frame.re.subs.length) {
          re = frame.re.subs[frame.i];
          break;
        }
        stack.pop();
        result = frame.state.result !== void 0 ? frame.state.result : handler.leave(frame.re, frame.state);
      }
    }
  }
};
var AhoCorasick = class {
  constructor(words, alphabetSize) {
    const edges = /* @__PURE__ */ new Map();
    const parent = [0];
    const unit = [0];
    const depth = [0];
    const terminal = [0];
    for (const word of words) {
      let node = 0;
      for (let i = 0; i < word.length; i++) {
        const key = node * alphabetSize + word[i];
        let child = edges.get(key);
        if (child === void 0) {
          child = parent.length;
          edges.set(key, child);
          parent.push(node);
          unit.push(word[i]);
          depth.push(depth[node] + 1);
          terminal.push(0);
        }
        node = child;
      }
      terminal[node] = 1;
    }
    const numNodes = parent.length;
    const children = new Int32Array(numNodes - 1);
    for (let c = 1; c < numNodes; c++) children[c - 1] = c;
    children.sort((a, b) => parent[a] - parent[b] || unit[a] - unit[b]);
    const childStart = new Int32Array(numNodes + 1);
    for (let c = 1; c < numNodes; c++) childStart[parent[c] + 1]++;
    for (let n = 0; n < numNodes; n++) childStart[n + 1] += childStart[n];
    const childUnit = new Int32Array(numNodes - 1);
    for (let k = 0; k < children.length; k++) childUnit[k] = unit[children[k]];
    this.childStart = childStart;
    this.childUnit = childUnit;
    this.childNode = children;
    const byDepth = new Int32Array(numNodes);
    for (let n = 0; n < numNodes; n++) byDepth[n] = n;
    byDepth.sort((a, b) => depth[a] - depth[b]);
    const fail = new Int32Array(numNodes);
    const match = Uint8Array.from(terminal);
    for (let k = 1; k < numNodes; k++) {
      const c = byDepth[k];
      const p = parent[c];
      if (p !== 0) {
        let f = fail[p];
        let next = this.next(f, unit[c]);
        while (next < 0 && f !== 0) {
          f = fail[f];
          next = this.next(f, unit[c]);
        }
        fail[c] = next >= 0 ? next : 0;
      }
      match[c] |= match[fail[c]];
    }
    this.fail = fail;
    this.match = match;
  }
  next(node, u) {
    let lo = this.childStart[node];
    let hi = this.childStart[node + 1];
    const units = this.childUnit;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      const m = units[mid];
      if (m === u) return this.childNode[mid];
      if (m < u) lo = mid + 1;
      else hi = mid;
    }
    return -1;
  }
  advance(node, u) {
    for (; ; ) {
      const next = this.next(node, u);
      if (next >= 0) return next;
      if (node === 0) return 0;
      node = this.fail[node];
    }
  }
  searchUTF16(charSeq, start, end) {
    let node = 0;
    for (let i = start; i < end; i++) {
      node = this.advance(node, charSeq.charCodeAt(i));
      if (this.match[node] === 1) return true;
    }
    return false;
  }
  searchUTF8(bytes, start, end) {
    let node = 0;
    for (let i = start; i < end; i++) {
      node = this.advance(node, bytes[i]);
      if (this.match[node] === 1) return true;
    }
    return false;
  }
};
var Prefilter = class Prefilter2 {
  static Type = {
    NONE: 0,
    EXACT: 1,
    AND: 2,
    OR: 3
  };
  static MAX_SCANS = 32;
  static MAX_AC_UNITS = 1 << 18;
  constructor(type) {
    this.type = type;
    this.subs = [];
    this.str = "";
    this.bytes = null;
    this.cost = type === Prefilter2.Type.EXACT ? 1 : 0;
    this.allExact = false;
    this.ac16 = null;
    this.ac8 = null;
  }
  automaton16() {
    if (this.ac16 === null) {
      const words = this.subs.map((s) => {
        const arr = new Array(s.str.length);
        for (let i = 0; i < s.str.length; i++) arr[i] = s.str.charCodeAt(i);
        return arr;
      });
      this.ac16 = new AhoCorasick(words, 65536);
    }
    return this.ac16;
  }
  automaton8() {
    if (this.ac8 === null) this.ac8 = new AhoCorasick(this.subs.map((s) => s.bytes), 256);
    return this.ac8;
  }
  eval(input, pos) {
    switch (this.type) {
      case Prefilter2.Type.NONE:
        return true;
      case Prefilter2.Type.EXACT:
        return input.hasString(this, pos);
      case Prefilter2.Type.AND:
        for (let i = 0; i < this.subs.length; i++) if (!this.subs[i].eval(input, pos)) return false;
        return true;
      case Prefilter2.Type.OR:
        if (this.allExact) return input.hasAnyString(this, pos);
        for (let i = 0; i < this.subs.length; i++) if (this.subs[i].eval(input, pos)) return true;
        return false;
      default:
        return true;
    }
  }
};
var PrefilterTree = class PrefilterTree2 {
  static build(re) {
    if (!re) return new Prefilter(Prefilter.Type.NONE);
    return RegexpWalker.walk(re, PrefilterTree2.WALKER);
  }
  static WALKER = {
    leaf: (re) => PrefilterTree2.leaf(re),
    enter: (re) => PrefilterTree2.enter(re),
    child: (re, state, result) => PrefilterTree2.child(re, state, result),
    leave: (re, state) => PrefilterTree2.leave(re, state)
  };
  static leaf(re) {
    if (re.op !== Regexp.Op.LITERAL) return new Prefilter(Prefilter.Type.NONE);
    if (re.runes.length === 0 || (re.flags & RE2Flags.FOLD_CASE) !== 0) return new Prefilter(Prefilter.Type.NONE);
    let str = "";
    for (let i = 0; i < re.runes.length; i++) {
      if (Unicode.isUnsearchable(re.runes[i])) return new Prefilter(Prefilter.Type.NONE);
      str += String.fromCodePoint(re.runes[i]);
    }
    const pf = new Prefilter(Prefilter.Type.EXACT);
    pf.str = str;
    pf.bytes = Utils.stringToUtf8ByteArray(pf.str);
    return pf;
  }
  static enter(re) {
    switch (re.op) {
      case Regexp.Op.CAPTURE:
      case Regexp.Op.PLUS:
        return { sub: null };
      case Regexp.Op.REPEAT:
        if (re.min >= 1) return { sub: null };
        return { result: new Prefilter(Prefilter.Type.NONE) };
      case Regexp.Op.CONCAT:
        return {
          pf: new Prefilter(Prefilter.Type.AND),
          subs: []
        };
      case Regexp.Op.ALTERNATE:
        return {
          pf: new Prefilter(Prefilter.Type.OR),
          subs: []
        };
      default:
        return { result: new Prefilter(Prefilter.Type.NONE) };
    }
  }
  static child(re, state, s) {
    if (state.subs === void 0) {
      state.sub = s;
      return;
    }
    if (state.pf.type === Prefilter.Type.AND) {
      if (s.type === Prefilter.Type.NONE) return;
      if (s.type === Prefilter.Type.AND) {
        for (let j = 0; j < s.subs.length; j++) state.subs.push(s.subs[j]);
        return;
      }
      state.subs.push(s);
      return;
    }
    if (s.type === Prefilter.Type.NONE) {
      state.result = new Prefilter(Prefilter.Type.NONE);
      return;
    }
    if (s.type === Prefilter.Type.OR) {
      for (let j = 0; j < s.subs.length; j++) state.subs.push(s.subs[j]);
      return;
    }
    state.subs.push(s);
  }
  static leave(re, state) {
    if (state.subs === void 0) return state.sub;
    const pf = state.pf;
    const seen = /* @__PURE__ */ new Set();
    const subs = [];
    for (const sub of state.subs) {
      if (sub.type === Prefilter.Type.EXACT) {
        if (seen.has(sub.str)) continue;
        seen.add(sub.str);
      }
      subs.push(sub);
    }
    if (pf.type === Prefilter.Type.AND) {
      const kept = [];
      let cost2 = 0;
      for (const sub of subs) {
        if (cost2 + sub.cost > Prefilter.MAX_SCANS) continue;
        kept.push(sub);
        cost2 += sub.cost;
      }
      if (kept.length === 0) return new Prefilter(Prefilter.Type.NONE);
      if (kept.length === 1) return kept[0];
      pf.subs = kept;
      pf.cost = cost2;
      return pf;
    }
    if (subs.length === 0) return new Prefilter(Prefilter.Type.NONE);
    if (subs.length === 1) return subs[0];
    pf.subs = subs;
    let allExact = true;
    let cost = 0;
    let units = 0;
    for (const sub of subs) {
      if (sub.type !== Prefilter.Type.EXACT) allExact = false;
      else units += sub.bytes.length;
      cost += sub.cost;
    }
    if (allExact) {
      if (units > Prefilter.MAX_AC_UNITS) return new Prefilter(Prefilter.Type.NONE);
      pf.allExact = true;
      pf.cost = 1;
      return pf;
    }
    if (cost > Prefilter.MAX_SCANS) return new Prefilter(Prefilter.Type.NONE);
    pf.cost = cost;
    return pf;
  }
};
var PatchList = class {
  /**
  * @param {number} head - Encoded pointer to the start of the patch list.
  * @param {number} tail - Encoded pointer to the end of the patch list.
  */
  constructor(head = 0, tail = 0) {
    this.head = head;
    this.tail = tail;
  }
};
var Prog = class {
  constructor() {
    this.inst = [];
    this.start = 0;
    this.numCap = 2;
    this.lbStarts = [];
    this.numLb = 0;
    this.lbInst = null;
  }
  getInst(pc) {
    return this.inst[pc];
  }
  numInst() {
    return this.inst.length;
  }
  addInst(op) {
    this.inst.push(new Inst(op));
  }
  markLookbehindInsts() {
    const lbInst = new Uint8Array(this.inst.length);
    const pending = this.lbStarts.slice();
    while (pending.length > 0) {
      const pc = pending.pop();
      if (pc === 0 || lbInst[pc] === 1) continue;
      lbInst[pc] = 1;
      const i = this.inst[pc];
      switch (i.op) {
        case Inst.ALT:
        case Inst.ALT_MATCH:
          pending.push(i.out, i.arg);
          break;
        case Inst.MATCH:
        case Inst.FAIL:
          break;
        default:
          pending.push(i.out);
      }
    }
    this.lbInst = lbInst;
  }
  skipNop(pc) {
    let i = this.inst[pc];
    while (i.op === Inst.NOP || i.op === Inst.CAPTURE) {
      i = this.inst[pc];
      pc = i.out;
    }
    return i;
  }
  /** @returns {[boolean, string]} */
  prefix() {
    let prefix = "";
    let i = this.skipNop(this.start);
    if (!Inst.isRuneOp(i.op) || i.runes.length !== 1) return [i.op === Inst.MATCH, prefix];
    while (Inst.isRuneOp(i.op) && i.runes.length === 1 && (i.arg & RE2Flags.FOLD_CASE) === 0 && !Unicode.isUnsearchable(i.runes[0])) {
      prefix += String.fromCodePoint(i.runes[0]);
      i = this.skipNop(i.out);
    }
    return [i.op === Inst.MATCH, prefix];
  }
  startCond() {
    let flag = 0;
    let pc = this.start;
    loop: for (; ; ) {
      const i = this.inst[pc];
      switch (i.op) {
        case Inst.EMPTY_WIDTH:
          flag |= i.arg;
          break;
        case Inst.FAIL:
          return -1;
        case Inst.CAPTURE:
        case Inst.NOP:
          break;
        default:
          break loop;
      }
      pc = i.out;
    }
    return flag;
  }
  patch(l, val) {
    let head = l.head;
    while (head !== 0) {
      const i = this.inst[head >> 1];
      if ((head & 1) === 0) {
        head = i.out;
        i.out = val;
      } else {
        head = i.arg;
        i.arg = val;
      }
    }
  }
  append(l1, l2) {
    if (l1.head === 0) return l2;
    if (l2.head === 0) return l1;
    const i = this.inst[l1.tail >> 1];
    if ((l1.tail & 1) === 0) i.out = l2.head;
    else i.arg = l2.head;
    return new PatchList(l1.head, l2.tail);
  }
  /**
  *
  * @returns {string}
  */
  toString() {
    let out = "";
    for (let pc = 0; pc < this.inst.length; pc++) {
      const len = out.length;
      out += pc;
      if (pc === this.start) out += "*";
      out += "        ".substring(out.length - len);
      out += this.inst[pc];
      out += "\n";
    }
    return out;
  }
};
var ANY_RUNE_NOT_NL = new Int32Array([
  0,
  Codepoint.CODES["\n"] - 1,
  Codepoint.CODES["\n"] + 1,
  Unicode.MAX_RUNE
]);
var ANY_RUNE = new Int32Array([0, Unicode.MAX_RUNE]);
var Frag = class {
  constructor(i = 0, out = new PatchList(), nullable = false) {
    this.i = i;
    this.out = out;
    this.nullable = nullable;
  }
};
var Compiler = class Compiler2 {
  static compileRegexp(re) {
    const c = new Compiler2();
    const f = c.compile(re);
    c.prog.patch(f.out, c.newInst(Inst.MATCH).i);
    c.prog.start = f.i;
    c.prog.markLookbehindInsts();
    return c.prog;
  }
  static compileSet(regexps) {
    const c = new Compiler2();
    if (regexps.length === 0) {
      c.prog.start = c.newInst(Inst.FAIL).i;
      c.prog.markLookbehindInsts();
      return c.prog;
    }
    let starts = [];
    for (let i = 0; i < regexps.length; i++) {
      c.lbOffset = c.prog.numLb;
      const f = c.compile(regexps[i]);
      const m = c.newInst(Inst.MATCH);
      c.prog.getInst(m.i).arg = i;
      c.prog.patch(f.out, m.i);
      starts.push(f.i);
    }
    let start = starts[0];
    for (let i = 1; i < starts.length; i++) {
      const f = c.newInst(Inst.ALT);
      const inst = c.prog.getInst(f.i);
      inst.out = start;
      inst.arg = starts[i];
      start = f.i;
    }
    c.prog.start = start;
    c.prog.markLookbehindInsts();
    return c.prog;
  }
  constructor() {
    this.prog = new Prog();
    this.newInst(Inst.FAIL);
    this.lbOffset = 0;
    this.runeCache = /* @__PURE__ */ new Map();
    this.walker = {
      leaf: (re) => this.leaf(re),
      enter: (re) => this.enter(re),
      child: (re, state, result) => this.child(re, state, result),
      leave: (re, state) => this.leave(re, state)
    };
  }
  newInst(op) {
    this.prog.addInst(op);
    return new Frag(this.prog.numInst() - 1, new PatchList(), true);
  }
  nop() {
    const f = this.newInst(Inst.NOP);
    f.out = new PatchList(f.i << 1, f.i << 1);
    return f;
  }
  fail() {
    return new Frag();
  }
  cap(arg) {
    const f = this.newInst(Inst.CAPTURE);
    f.out = new PatchList(f.i << 1, f.i << 1);
    this.prog.getInst(f.i).arg = arg;
    if (this.prog.numCap < arg + 1) this.prog.numCap = arg + 1;
    return f;
  }
  cat(f1, f2) {
    if (f1.i === 0 || f2.i === 0) {
      this.prog.patch(f1.out, 0);
      this.prog.patch(f2.out, 0);
      return this.fail();
    }
    this.prog.patch(f1.out, f2.i);
    return new Frag(f1.i, f2.out, f1.nullable && f2.nullable);
  }
  alt(f1, f2) {
    if (f1.i === 0) return f2;
    if (f2.i === 0) return f1;
    const f = this.newInst(Inst.ALT);
    const i = this.prog.getInst(f.i);
    i.out = f1.i;
    i.arg = f2.i;
    f.out = this.prog.append(f1.out, f2.out);
    f.nullable = f1.nullable || f2.nullable;
    return f;
  }
  loop(f1, nongreedy) {
    const f = this.newInst(Inst.ALT);
    const i = this.prog.getInst(f.i);
    if (nongreedy) {
      i.arg = f1.i;
      f.out = new PatchList(f.i << 1, f.i << 1);
    } else {
      i.out = f1.i;
      f.out = new PatchList(f.i << 1 | 1, f.i << 1 | 1);
    }
    this.prog.patch(f1.out, f.i);
    return f;
  }
  quest(f1, nongreedy) {
    if (f1.i === 0) return this.nop();
    const f = this.newInst(Inst.ALT);
    const i = this.prog.getInst(f.i);
    if (nongreedy) {
      i.arg = f1.i;
      f.out = new PatchList(f.i << 1, f.i << 1);
    } else {
      i.out = f1.i;
      f.out = new PatchList(f.i << 1 | 1, f.i << 1 | 1);
    }
    f.out = this.prog.append(f.out, f1.out);
    return f;
  }
  star(f1, nongreedy) {
    if (f1.i === 0) return this.nop();
    if (f1.nullable) return this.quest(this.plus(f1, nongreedy), nongreedy);
    return this.loop(f1, nongreedy);
  }
  plus(f1, nongreedy) {
    if (f1.i === 0) return this.fail();
    return new Frag(f1.i, this.loop(f1, nongreedy).out, f1.nullable);
  }
  empty(op) {
    const f = this.newInst(Inst.EMPTY_WIDTH);
    this.prog.getInst(f.i).arg = op;
    f.out = new PatchList(f.i << 1, f.i << 1);
    return f;
  }
  rune(runes, flags) {
    const f = this.newInst(Inst.RUNE);
    f.nullable = false;
    const i = this.prog.getInst(f.i);
    i.runes = runes;
    flags &= RE2Flags.FOLD_CASE;
    if (runes.length !== 1 || Unicode.simpleFold(runes[0]) === runes[0]) flags &= ~RE2Flags.FOLD_CASE;
    i.arg = flags;
    f.out = new PatchList(f.i << 1, f.i << 1);
    if ((flags & RE2Flags.FOLD_CASE) === 0 && runes.length === 1 || runes.length === 2 && runes[0] === runes[1]) i.op = Inst.RUNE1;
    else if (runes.length === 2 && runes[0] === 0 && runes[1] === Unicode.MAX_RUNE) i.op = Inst.RUNE_ANY;
    else if (runes.length === 4 && runes[0] === 0 && runes[1] === Codepoint.CODES["\n"] - 1 && runes[2] === Codepoint.CODES["\n"] + 1 && runes[3] === Unicode.MAX_RUNE) i.op = Inst.RUNE_ANY_NOT_NL;
    return f;
  }
  lookBehind(a, parsedLb) {
    const lb = Math.sign(parsedLb) * (Math.abs(parsedLb) + this.lbOffset);
    const id = this.newInst(Inst.LB_WRITE);
    this.prog.getInst(id.i).arg = lb;
    const any = this.rune(ANY_RUNE, 0);
    const dotStar = this.star(any, true);
    const lbAutomaton = this.cat(dotStar, a);
    this.prog.patch(lbAutomaton.out, id.i);
    const checkId = this.newInst(Inst.LB_CHECK);
    this.prog.getInst(checkId.i).arg = lb;
    this.prog.lbStarts.push(lbAutomaton.i);
    if (Math.abs(lb) > this.prog.numLb) this.prog.numLb = Math.abs(lb);
    checkId.out = new PatchList(checkId.i << 1, checkId.i << 1);
    return checkId;
  }
  compile(re) {
    return RegexpWalker.walk(re, this.walker);
  }
  leaf(re) {
    switch (re.op) {
      case Regexp.Op.NO_MATCH:
        return this.fail();
      case Regexp.Op.EMPTY_MATCH:
        return this.nop();
      case Regexp.Op.LITERAL: {
        if (re.runes.length === 0) return this.nop();
        let f = null;
        for (let r of re.runes) {
          let singleRune = this.runeCache.get(r);
          if (singleRune === void 0) {
            singleRune = new Int32Array([r]);
            this.runeCache.set(r, singleRune);
          }
          const f1 = this.rune(singleRune, re.flags);
          f = f === null ? f1 : this.cat(f, f1);
        }
        return f;
      }
      case Regexp.Op.CHAR_CLASS:
        return this.rune(re.runes, re.flags);
      case Regexp.Op.ANY_CHAR_NOT_NL:
        return this.rune(ANY_RUNE_NOT_NL, 0);
      case Regexp.Op.ANY_CHAR:
        return this.rune(ANY_RUNE, 0);
      case Regexp.Op.BEGIN_LINE:
        return this.empty(Utils.EMPTY_BEGIN_LINE);
      case Regexp.Op.END_LINE:
        return this.empty(Utils.EMPTY_END_LINE);
      case Regexp.Op.BEGIN_TEXT:
        return this.empty(Utils.EMPTY_BEGIN_TEXT);
      case Regexp.Op.END_TEXT:
        return this.empty(Utils.EMPTY_END_TEXT);
      case Regexp.Op.WORD_BOUNDARY:
        return this.empty(Utils.EMPTY_WORD_BOUNDARY);
      case Regexp.Op.NO_WORD_BOUNDARY:
        return this.empty(Utils.EMPTY_NO_WORD_BOUNDARY);
      case Regexp.Op.CONCAT:
      case Regexp.Op.ALTERNATE:
        return this.nop();
      default:
        throw new RE2JSCompileException("regexp: unhandled case in compile");
    }
  }
  enter(re) {
    switch (re.op) {
      case Regexp.Op.PLB:
      case Regexp.Op.NLB:
      case Regexp.Op.STAR:
      case Regexp.Op.PLUS:
      case Regexp.Op.QUEST:
        return { sub: null };
      case Regexp.Op.CAPTURE:
        return {
          bra: this.cap(re.cap << 1),
          sub: null
        };
      case Regexp.Op.CONCAT:
      case Regexp.Op.ALTERNATE:
        return { f: null };
      default:
        throw new RE2JSCompileException("regexp: unhandled case in compile");
    }
  }
  child(re, state, f1) {
    if (re.op === Regexp.Op.CONCAT) state.f = state.f === null ? f1 : this.cat(state.f, f1);
    else if (re.op === Regexp.Op.ALTERNATE) state.f = state.f === null ? f1 : this.alt(state.f, f1);
    else state.sub = f1;
  }
  leave(re, state) {
    switch (re.op) {
      case Regexp.Op.PLB:
      case Regexp.Op.NLB:
        return this.lookBehind(state.sub, re.lb);
      case Regexp.Op.CAPTURE: {
        const ket = this.cap(re.cap << 1 | 1);
        return this.cat(this.cat(state.bra, state.sub), ket);
      }
      case Regexp.Op.STAR:
        return this.star(state.sub, (re.flags & RE2Flags.NON_GREEDY) !== 0);
      case Regexp.Op.PLUS:
        return this.plus(state.sub, (re.flags & RE2Flags.NON_GREEDY) !== 0);
      case Regexp.Op.QUEST:
        return this.quest(state.sub, (re.flags & RE2Flags.NON_GREEDY) !== 0);
      case Regexp.Op.CONCAT:
      case Regexp.Op.ALTERNATE:
        return state.f;
      default:
        throw new RE2JSCompileException("regexp: unhandled case in compile");
    }
  }
};
var Simplify = class Simplify2 {
  static simplify(re) {
    if (re === null) return null;
    return RegexpWalker.walk(re, Simplify2.WALKER);
  }
  static WALKER = {
    leaf: (re) => Simplify2.leaf(re),
    enter: (re) => Simplify2.enter(re),
    child: (re, state, result, i) => Simplify2.child(re, state, result, i),
    leave: (re, state) => Simplify2.leave(re, state)
  };
  static leaf(re) {
    if (re.op === Regexp.Op.CHAR_CLASS) {
      if (re.runes === null) return re;
      if (re.runes.length === 0) return new Regexp(Regexp.Op.NO_MATCH);
      if (re.runes.length === 2 && re.runes[0] === 0 && re.runes[1] === Unicode.MAX_RUNE) return new Regexp(Regexp.Op.ANY_CHAR);
      if (re.runes.length === 4 && re.runes[0] === 0 && re.runes[1] === Codepoint.CODES["\n"] - 1 && re.runes[2] === Codepoint.CODES["\n"] + 1 && re.runes[3] === Unicode.MAX_RUNE) return new Regexp(Regexp.Op.ANY_CHAR_NOT_NL);
    }
    return re;
  }
  static enter(re) {
    switch (re.op) {
      case Regexp.Op.PLB:
      case Regexp.Op.NLB:
      case Regexp.Op.CAPTURE:
      case Regexp.Op.STAR:
      case Regexp.Op.PLUS:
      case Regexp.Op.QUEST:
        return { sub: null };
      case Regexp.Op.CONCAT:
      case Regexp.Op.ALTERNATE:
        return {
          subs: [],
          changed: false
        };
      case Regexp.Op.REPEAT:
        if (re.min === 0 && re.max === 0) return { result: new Regexp(Regexp.Op.EMPTY_MATCH) };
        return { sub: null };
      default:
        return { result: re };
    }
  }
  static child(re, state, nsub, i) {
    if (state.subs === void 0) {
      state.sub = nsub;
      return;
    }
    if (nsub !== re.subs[i]) state.changed = true;
    if (re.op === Regexp.Op.CONCAT) {
      if (nsub.op === Regexp.Op.NO_MATCH) {
        state.result = new Regexp(Regexp.Op.NO_MATCH);
        return;
      }
      if (nsub.op === Regexp.Op.EMPTY_MATCH) {
        state.changed = true;
        return;
      }
      if (nsub.op === Regexp.Op.CONCAT) {
        state.changed = true;
        for (let j = 0; j < nsub.subs.length; j++) state.subs.push(nsub.subs[j]);
        return;
      }
    } else {
      if (nsub.op === Regexp.Op.NO_MATCH) {
        state.changed = true;
        return;
      }
      if (nsub.op === Regexp.Op.ALTERNATE) {
        state.changed = true;
        for (let j = 0; j < nsub.subs.length; j++) state.subs.push(nsub.subs[j]);
        return;
      }
    }
    state.subs.push(nsub);
  }
  static leave(re, state) {
    switch (re.op) {
      case Regexp.Op.PLB:
      case Regexp.Op.NLB:
      case Regexp.Op.CAPTURE: {
        const sub = state.sub;
        if (sub !== re.subs[0]) {
          const nre = Regexp.fromRegexp(re);
          nre.runes = /* @__PURE__ */ new Int32Array(0);
          nre.subs = [sub];
          return nre;
        }
        return re;
      }
      case Regexp.Op.CONCAT:
      case Regexp.Op.ALTERNATE:
        if (state.changed) {
          const newSubs = state.subs;
          if (newSubs.length === 0) return new Regexp(re.op === Regexp.Op.CONCAT ? Regexp.Op.EMPTY_MATCH : Regexp.Op.NO_MATCH);
          if (newSubs.length === 1) return newSubs[0];
          const nre = Regexp.fromRegexp(re);
          nre.runes = /* @__PURE__ */ new Int32Array(0);
          nre.subs = newSubs;
          return nre;
        }
        return re;
      case Regexp.Op.STAR:
      case Regexp.Op.PLUS:
      case Regexp.Op.QUEST:
        return Simplify2.simplify1(re.op, re.flags, state.sub, re);
      case Regexp.Op.REPEAT:
        return Simplify2.simplifyRepeat(re, state.sub);
      default:
        return re;
    }
  }
  static simplifyRepeat(re, sub) {
    if (re.max === -1) {
      if (re.min === 0) return Simplify2.simplify1(Regexp.Op.STAR, re.flags, sub, null);
      if (re.min === 1) return Simplify2.simplify1(Regexp.Op.PLUS, re.flags, sub, null);
      const subs = [];
      for (let i = 0; i < re.min - 1; i++) subs.push(sub);
      subs.push(Simplify2.simplify1(Regexp.Op.PLUS, re.flags, sub, null));
      return Simplify2.concat(subs);
    }
    if (re.min === 1 && re.max === 1) return sub;
    let prefixSubs = null;
    if (re.min > 0) {
      prefixSubs = [];
      for (let i = 0; i < re.min; i++) prefixSubs.push(sub);
    }
    if (re.max > re.min) {
      let suffix = Simplify2.simplify1(Regexp.Op.QUEST, re.flags, sub, null);
      for (let i = re.min + 1; i < re.max; i++) suffix = Simplify2.simplify1(Regexp.Op.QUEST, re.flags, Simplify2.concat([sub, suffix]), null);
      if (prefixSubs === null) return suffix;
      prefixSubs.push(suffix);
    }
    if (prefixSubs !== null) return Simplify2.concat(prefixSubs);
    return new Regexp(Regexp.Op.NO_MATCH);
  }
  static concat(subs) {
    const newSubs = [];
    for (let i = 0; i < subs.length; i++) {
      const sub = subs[i];
      if (sub.op === Regexp.Op.NO_MATCH) return new Regexp(Regexp.Op.NO_MATCH);
      if (sub.op === Regexp.Op.EMPTY_MATCH) continue;
      if (sub.op === Regexp.Op.CONCAT) {
        for (let j = 0; j < sub.subs.length; j++) newSubs.push(sub.subs[j]);
        continue;
      }
      newSubs.push(sub);
    }
    if (newSubs.length === 0) return new Regexp(Regexp.Op.EMPTY_MATCH);
    if (newSubs.length === 1) return newSubs[0];
    const nre = new Regexp(Regexp.Op.CONCAT);
    nre.subs = newSubs;
    return nre;
  }
  static simplify1(op, flags, sub, re) {
    if (sub.op === Regexp.Op.EMPTY_MATCH) return sub;
    if (sub.op === Regexp.Op.NO_MATCH) {
      if (op === Regexp.Op.PLUS) return sub;
      return new Regexp(Regexp.Op.EMPTY_MATCH);
    }
    if (op === sub.op && (flags & RE2Flags.NON_GREEDY) === (sub.flags & RE2Flags.NON_GREEDY)) return sub;
    if (re !== null && re.op === op && (re.flags & RE2Flags.NON_GREEDY) === (flags & RE2Flags.NON_GREEDY) && sub === re.subs[0]) return re;
    const nre = new Regexp(op);
    nre.flags = flags;
    nre.subs = [sub];
    return nre;
  }
};
var CharGroup = class {
  constructor(sign, cls) {
    this.sign = sign;
    this.cls = cls;
  }
};
var code1 = [48, 57];
var code2 = [
  9,
  10,
  12,
  13,
  32,
  32
];
var code3 = [
  48,
  57,
  65,
  90,
  95,
  95,
  97,
  122
];
var PERL_GROUPS = /* @__PURE__ */ new Map([
  ["\\d", new CharGroup(1, code1)],
  ["\\D", new CharGroup(-1, code1)],
  ["\\s", new CharGroup(1, code2)],
  ["\\S", new CharGroup(-1, code2)],
  ["\\w", new CharGroup(1, code3)],
  ["\\W", new CharGroup(-1, code3)]
]);
var code4 = [
  48,
  57,
  65,
  90,
  97,
  122
];
var code5 = [
  65,
  90,
  97,
  122
];
var code6 = [0, 127];
var code7 = [
  9,
  9,
  32,
  32
];
var code8 = [
  0,
  31,
  127,
  127
];
var code9 = [48, 57];
var code10 = [33, 126];
var code11 = [97, 122];
var code12 = [32, 126];
var code13 = [
  33,
  47,
  58,
  64,
  91,
  96,
  123,
  126
];
var code14 = [
  9,
  13,
  32,
  32
];
var code15 = [65, 90];
var code16 = [
  48,
  57,
  65,
  90,
  95,
  95,
  97,
  122
];
var code17 = [
  48,
  57,
  65,
  70,
  97,
  102
];
var POSIX_GROUPS = /* @__PURE__ */ new Map([
  ["[:alnum:]", new CharGroup(1, code4)],
  ["[:^alnum:]", new CharGroup(-1, code4)],
  ["[:alpha:]", new CharGroup(1, code5)],
  ["[:^alpha:]", new CharGroup(-1, code5)],
  ["[:ascii:]", new CharGroup(1, code6)],
  ["[:^ascii:]", new CharGroup(-1, code6)],
  ["[:blank:]", new CharGroup(1, code7)],
  ["[:^blank:]", new CharGroup(-1, code7)],
  ["[:cntrl:]", new CharGroup(1, code8)],
  ["[:^cntrl:]", new CharGroup(-1, code8)],
  ["[:digit:]", new CharGroup(1, code9)],
  ["[:^digit:]", new CharGroup(-1, code9)],
  ["[:graph:]", new CharGroup(1, code10)],
  ["[:^graph:]", new CharGroup(-1, code10)],
  ["[:lower:]", new CharGroup(1, code11)],
  ["[:^lower:]", new CharGroup(-1, code11)],
  ["[:print:]", new CharGroup(1, code12)],
  ["[:^print:]", new CharGroup(-1, code12)],
  ["[:punct:]", new CharGroup(1, code13)],
  ["[:^punct:]", new CharGroup(-1, code13)],
  ["[:space:]", new CharGroup(1, code14)],
  ["[:^space:]", new CharGroup(-1, code14)],
  ["[:upper:]", new CharGroup(1, code15)],
  ["[:^upper:]", new CharGroup(-1, code15)],
  ["[:word:]", new CharGroup(1, code16)],
  ["[:^word:]", new CharGroup(-1, code16)],
  ["[:xdigit:]", new CharGroup(1, code17)],
  ["[:^xdigit:]", new CharGroup(-1, code17)]
]);
var CharClass = class CharClass2 {
  static charClassToString(r, len) {
    let result = "[";
    for (let i = 0; i < len; i += 2) {
      if (i > 0) result += " ";
      const lo = r[i];
      const hi = r[i + 1];
      if (lo === hi) result += `0x${lo.toString(16)}`;
      else result += `0x${lo.toString(16)}-0x${hi.toString(16)}`;
    }
    result += "]";
    return result;
  }
  static sortRanges(array, len) {
    const n = len >> 1;
    const order = new Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    order.sort((a, b) => array[2 * a] - array[2 * b] || array[2 * b + 1] - array[2 * a + 1]);
    const sorted = array.slice(0, len);
    for (let i = 0; i < n; i++) {
      array[2 * i] = sorted[2 * order[i]];
      array[2 * i + 1] = sorted[2 * order[i] + 1];
    }
  }
  /**
  * @param {number[]|Int32Array} [r]
  */
  constructor(r = Utils.emptyInts()) {
    this.r = r;
    this.len = r.length;
  }
  toArray() {
    if (this.r instanceof Int32Array) return this.len === this.r.length ? this.r : this.r.subarray(0, this.len);
    return new Int32Array(this.len === this.r.length ? this.r : this.r.slice(0, this.len));
  }
  toGrowableArray() {
    if (Array.isArray(this.r)) {
      this.r.length = this.len;
      return this.r;
    }
    return Array.from(this.r.subarray(0, this.len));
  }
  cleanClass() {
    if (this.len < 4) return this;
    CharClass2.sortRanges(this.r, this.len);
    let w = 2;
    for (let i = 2; i < this.len; i += 2) {
      const lo = this.r[i];
      const hi = this.r[i + 1];
      if (lo <= this.r[w - 1] + 1) {
        if (hi > this.r[w - 1]) this.r[w - 1] = hi;
        continue;
      }
      this.r[w] = lo;
      this.r[w + 1] = hi;
      w += 2;
    }
    this.len = w;
    return this;
  }
  appendLiteral(x, flags) {
    return (flags & RE2Flags.FOLD_CASE) !== 0 ? this.appendFoldedRange(x, x) : this.appendRange(x, x);
  }
  appendRange(lo, hi) {
    if (this.len > 0) {
      for (let i = 2; i <= 4; i += 2) if (this.len >= i) {
        const rlo = this.r[this.len - i];
        const rhi = this.r[this.len - i + 1];
        if (lo <= rhi + 1 && rlo <= hi + 1) {
          if (lo < rlo) this.r[this.len - i] = lo;
          if (hi > rhi) this.r[this.len - i + 1] = hi;
          return this;
        }
      }
    }
    this.r[this.len++] = lo;
    this.r[this.len++] = hi;
    return this;
  }
  appendFoldedRange(lo, hi) {
    if (lo <= Unicode.MIN_FOLD && hi >= Unicode.MAX_FOLD) return this.appendRange(lo, hi);
    if (hi < Unicode.MIN_FOLD || lo > Unicode.MAX_FOLD) return this.appendRange(lo, hi);
    if (lo < Unicode.MIN_FOLD) {
      this.appendRange(lo, Unicode.MIN_FOLD - 1);
      lo = Unicode.MIN_FOLD;
    }
    if (hi > Unicode.MAX_FOLD) {
      this.appendRange(Unicode.MAX_FOLD + 1, hi);
      hi = Unicode.MAX_FOLD;
    }
    for (let c = lo; c <= hi; c++) {
      this.appendRange(c, c);
      for (let f = Unicode.simpleFold(c); f !== c; f = Unicode.simpleFold(f)) this.appendRange(f, f);
    }
    return this;
  }
  appendClass(x) {
    for (let i = 0; i < x.length; i += 2) this.appendRange(x[i], x[i + 1]);
    return this;
  }
  appendFoldedClass(x) {
    for (let i = 0; i < x.length; i += 2) this.appendFoldedRange(x[i], x[i + 1]);
    return this;
  }
  appendNegatedClass(x) {
    let nextLo = 0;
    for (let i = 0; i < x.length; i += 2) {
      const lo = x[i];
      const hi = x[i + 1];
      if (nextLo <= lo - 1) this.appendRange(nextLo, lo - 1);
      nextLo = hi + 1;
    }
    if (nextLo <= Unicode.MAX_RUNE) this.appendRange(nextLo, Unicode.MAX_RUNE);
    return this;
  }
  appendTable(table) {
    for (let i = 0; i < table.length; ++i) {
      const lo = table.getLo(i);
      const hi = table.getHi(i);
      const stride = table.getStride(i);
      if (stride === 1) {
        this.appendRange(lo, hi);
        continue;
      }
      for (let c = lo; c <= hi; c += stride) this.appendRange(c, c);
    }
    return this;
  }
  appendNegatedTable(table) {
    let nextLo = 0;
    for (let i = 0; i < table.length; ++i) {
      const lo = table.getLo(i);
      const hi = table.getHi(i);
      const stride = table.getStride(i);
      if (stride === 1) {
        if (nextLo <= lo - 1) this.appendRange(nextLo, lo - 1);
        nextLo = hi + 1;
        continue;
      }
      for (let c = lo; c <= hi; c += stride) {
        if (nextLo <= c - 1) this.appendRange(nextLo, c - 1);
        nextLo = c + 1;
      }
    }
    if (nextLo <= Unicode.MAX_RUNE) this.appendRange(nextLo, Unicode.MAX_RUNE);
    return this;
  }
  appendTableWithSign(table, sign) {
    return sign < 0 ? this.appendNegatedTable(table) : this.appendTable(table);
  }
  negateClass() {
    let nextLo = 0;
    let w = 0;
    for (let i = 0; i < this.len; i += 2) {
      const lo = this.r[i];
      const hi = this.r[i + 1];
      if (nextLo <= lo - 1) {
        this.r[w] = nextLo;
        this.r[w + 1] = lo - 1;
        w += 2;
      }
      nextLo = hi + 1;
    }
    this.len = w;
    if (nextLo <= Unicode.MAX_RUNE) {
      this.r[this.len++] = nextLo;
      this.r[this.len++] = Unicode.MAX_RUNE;
    }
    return this;
  }
  appendClassWithSign(x, sign) {
    return sign < 0 ? this.appendNegatedClass(x) : this.appendClass(x);
  }
  appendGroup(g, foldCase) {
    let cls = g.cls;
    if (foldCase) cls = new CharClass2().appendFoldedClass(cls).cleanClass().toArray();
    return this.appendClassWithSign(cls, g.sign);
  }
  toString() {
    return CharClass2.charClassToString(this.r, this.len);
  }
};
var StringIterator = class {
  constructor(str) {
    this.str = str;
    this.position = 0;
  }
  pos() {
    return this.position;
  }
  rewindTo(pos) {
    this.position = pos;
  }
  more() {
    return this.position < this.str.length;
  }
  peek() {
    return this.str.codePointAt(this.position);
  }
  skip(n) {
    this.position += n;
  }
  skipString(s) {
    this.position += s.length;
  }
  pop() {
    const r = this.str.codePointAt(this.position);
    this.position += Utils.charCount(r);
    return r;
  }
  lookingAt(s) {
    return this.str.startsWith(s, this.position);
  }
  rest() {
    return this.str.substring(this.position);
  }
  from(beforePos) {
    return this.str.substring(beforePos, this.position);
  }
  toString() {
    return this.rest();
  }
};
var Parser = class Parser2 {
  static ERR_INTERNAL_ERROR = "regexp/syntax: internal error";
  static ERR_INVALID_CHAR_RANGE = "invalid character class range";
  static ERR_INVALID_ESCAPE = "invalid escape sequence";
  static ERR_INVALID_NAMED_CAPTURE = "invalid named capture";
  static ERR_INVALID_PERL_OP = "invalid or unsupported Perl syntax";
  static ERR_INVALID_REPEAT_OP = "invalid nested repetition operator";
  static ERR_INVALID_REPEAT_SIZE = "invalid repeat count";
  static ERR_MISSING_BRACKET = "missing closing ]";
  static ERR_MISSING_PAREN = "missing closing )";
  static ERR_MISSING_REPEAT_ARGUMENT = "missing argument to repetition operator";
  static ERR_TRAILING_BACKSLASH = "trailing backslash at end of expression";
  static ERR_DUPLICATE_NAMED_CAPTURE = "duplicate capture group name";
  static ERR_UNEXPECTED_PAREN = "unexpected )";
  static ERR_NESTING_DEPTH = "expression nests too deeply";
  static ERR_LARGE = "expression too large";
  static ERR_INVALID_CAPTURE_IN_LOOKBEHIND = "invalid capture in lookbehind";
  static MAX_HEIGHT = 1e3;
  static MAX_SIZE = 1398101;
  static MAX_RUNES = 33554432;
  static ANY_TABLE = new UnicodeRangeTable(new Uint32Array([
    0,
    Unicode.MAX_RUNE,
    1
  ]));
  static ASCII_TABLE = new UnicodeRangeTable(new Uint32Array([
    0,
    127,
    1
  ]));
  static ASCII_FOLD_TABLE = new UnicodeRangeTable(new Uint32Array([
    0,
    127,
    1,
    383,
    383,
    1,
    8490,
    8490,
    1
  ]));
  static unicodeTable(name) {
    if (name === "Any") return {
      tab: Parser2.ANY_TABLE,
      fold: Parser2.ANY_TABLE,
      sign: 1
    };
    if (name === "Ascii") return {
      tab: Parser2.ASCII_TABLE,
      fold: Parser2.ASCII_FOLD_TABLE,
      sign: 1
    };
    if (name === "Assigned") return {
      tab: UnicodeTables.CATEGORIES.get("Cn"),
      fold: UnicodeTables.CATEGORIES.get("Cn"),
      sign: -1
    };
    if (name === "Lc") return {
      tab: UnicodeTables.CATEGORIES.get("LC"),
      fold: UnicodeTables.FOLD_CATEGORIES.get("LC"),
      sign: 1
    };
    if (UnicodeTables.CATEGORIES.has(name)) return {
      tab: UnicodeTables.CATEGORIES.get(name),
      fold: UnicodeTables.FOLD_CATEGORIES.get(name),
      sign: 1
    };
    if (UnicodeTables.SCRIPTS.has(name)) return {
      tab: UnicodeTables.SCRIPTS.get(name),
      fold: UnicodeTables.FOLD_SCRIPT.get(name),
      sign: 1
    };
    return null;
  }
  static minFoldRune(r) {
    if (r < Unicode.MIN_FOLD || r > Unicode.MAX_FOLD) return r;
    let min = r;
    const r0 = r;
    for (r = Unicode.simpleFold(r); r !== r0; r = Unicode.simpleFold(r)) if (min > r) min = r;
    return min;
  }
  static leadingRegexp(re) {
    if (re.op === Regexp.Op.EMPTY_MATCH) return null;
    if (re.op === Regexp.Op.CONCAT && re.subs.length > 0) {
      const sub = re.subs[0];
      if (sub.op === Regexp.Op.EMPTY_MATCH) return null;
      return sub;
    }
    return re;
  }
  static literalRegexp(s, flags) {
    const re = new Regexp(Regexp.Op.LITERAL);
    re.flags = flags;
    re.runes = Utils.stringToRunes(s);
    return re;
  }
  /**
  * Parse regular expression pattern {@code pattern} with mode flags {@code flags}.
  * @param {string} pattern
  * @param {number} flags
  */
  static parse(pattern, flags) {
    return new Parser2(pattern, flags).parseInternal();
  }
  static parseRepeat(t) {
    const start = t.pos();
    if (!t.more() || !t.lookingAt("{")) return -1;
    t.skip(1);
    const min = Parser2.parseInt(t);
    if (min === -1) return -1;
    if (!t.more()) return -1;
    let max;
    if (!t.lookingAt(",")) max = min;
    else {
      t.skip(1);
      if (!t.more()) return -1;
      if (t.lookingAt("}")) max = -1;
      else if ((max = Parser2.parseInt(t)) === -1) return -1;
    }
    if (!t.more() || !t.lookingAt("}")) return -1;
    t.skip(1);
    if (min < 0 || min > 1e3 || max === -2 || max > 1e3 || max >= 0 && min > max) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_REPEAT_SIZE, t.from(start));
    return min << 16 | max & Unicode.MAX_BMP;
  }
  static isValidCaptureName(name) {
    if (name.length === 0) return false;
    for (let i = 0; i < name.length; i++) {
      const c = name.codePointAt(i);
      if (c !== Codepoint.CODES["_"] && !Utils.isalnum(c)) return false;
    }
    return true;
  }
  static parseInt(t) {
    const start = t.pos();
    while (t.more() && t.peek() >= Codepoint.CODES["0"] && t.peek() <= Codepoint.CODES["9"]) t.skip(1);
    const n = t.from(start);
    if (n.length === 0 || n.length > 1 && n.codePointAt(0) === Codepoint.CODES["0"]) return -1;
    if (n.length > 8) return -2;
    return parseInt(n, 10);
  }
  static isCharClass(re) {
    return re.op === Regexp.Op.LITERAL && re.runes.length === 1 || re.op === Regexp.Op.CHAR_CLASS || re.op === Regexp.Op.ANY_CHAR_NOT_NL || re.op === Regexp.Op.ANY_CHAR;
  }
  static matchRune(re, r) {
    switch (re.op) {
      case Regexp.Op.LITERAL:
        return re.runes.length === 1 && re.runes[0] === r;
      case Regexp.Op.CHAR_CLASS:
        for (let i = 0; i < re.runes.length; i += 2) if (re.runes[i] <= r && r <= re.runes[i + 1]) return true;
        return false;
      case Regexp.Op.ANY_CHAR_NOT_NL:
        return r !== Codepoint.CODES["\n"];
      case Regexp.Op.ANY_CHAR:
        return true;
    }
    return false;
  }
  static mergeCharClass(dst, src) {
    switch (dst.op) {
      case Regexp.Op.ANY_CHAR:
        break;
      case Regexp.Op.ANY_CHAR_NOT_NL:
        if (Parser2.matchRune(src, Codepoint.CODES["\n"])) dst.op = Regexp.Op.ANY_CHAR;
        break;
      case Regexp.Op.CHAR_CLASS: {
        const cc = new CharClass(Array.isArray(dst.runes) ? dst.runes : Array.from(dst.runes));
        if (src.op === Regexp.Op.LITERAL) cc.appendLiteral(src.runes[0], src.flags);
        else cc.appendClass(src.runes);
        dst.runes = cc.toGrowableArray();
        break;
      }
      case Regexp.Op.LITERAL:
        if (src.runes[0] === dst.runes[0] && src.flags === dst.flags) break;
        dst.op = Regexp.Op.CHAR_CLASS;
        dst.runes = new CharClass().appendLiteral(dst.runes[0], dst.flags).appendLiteral(src.runes[0], src.flags).toGrowableArray();
    }
  }
  static parseEscape(t) {
    const startPos = t.pos();
    t.skip(1);
    if (!t.more()) throw new RE2JSSyntaxException(Parser2.ERR_TRAILING_BACKSLASH);
    let c = t.pop();
    bigswitch: switch (c) {
      case Codepoint.CODES["1"]:
      case Codepoint.CODES["2"]:
      case Codepoint.CODES["3"]:
      case Codepoint.CODES["4"]:
      case Codepoint.CODES["5"]:
      case Codepoint.CODES["6"]:
      case Codepoint.CODES["7"]:
        if (!t.more() || t.peek() < Codepoint.CODES["0"] || t.peek() > Codepoint.CODES["7"]) break;
      case Codepoint.CODES["0"]: {
        let r = c - Codepoint.CODES["0"];
        for (let i = 1; i < 3; i++) {
          if (!t.more() || t.peek() < Codepoint.CODES["0"] || t.peek() > Codepoint.CODES["7"]) break;
          r = r * 8 + t.peek() - Codepoint.CODES["0"];
          t.skip(1);
        }
        return r;
      }
      case Codepoint.CODES["x"]: {
        if (!t.more()) break;
        c = t.pop();
        if (c === Codepoint.CODES["{"]) {
          let nhex = 0;
          let r = 0;
          while (true) {
            if (!t.more()) break bigswitch;
            c = t.pop();
            if (c === Codepoint.CODES["}"]) break;
            const v = Utils.unhex(c);
            if (v < 0) break bigswitch;
            r = r * 16 + v;
            if (r > Unicode.MAX_RUNE) break bigswitch;
            nhex++;
          }
          if (nhex === 0) break bigswitch;
          return r;
        }
        const x = Utils.unhex(c);
        if (!t.more()) break;
        c = t.pop();
        const y = Utils.unhex(c);
        if (x < 0 || y < 0) break;
        return x * 16 + y;
      }
      case Codepoint.CODES["a"]:
        return Codepoint.CODES["\x07"];
      case Codepoint.CODES["f"]:
        return Codepoint.CODES["\f"];
      case Codepoint.CODES["n"]:
        return Codepoint.CODES["\n"];
      case Codepoint.CODES["r"]:
        return Codepoint.CODES["\r"];
      case Codepoint.CODES["t"]:
        return Codepoint.CODES["	"];
      case Codepoint.CODES["v"]:
        return Codepoint.CODES["\v"];
      default:
        if (c <= Unicode.MAX_ASCII && !Utils.isalnum(c)) return c;
    }
    throw new RE2JSSyntaxException(Parser2.ERR_INVALID_ESCAPE, t.from(startPos));
  }
  static parseClassChar(t, wholeClassPos) {
    if (!t.more()) throw new RE2JSSyntaxException(Parser2.ERR_MISSING_BRACKET, t.from(wholeClassPos));
    if (t.lookingAt("\\")) return Parser2.parseEscape(t);
    return t.pop();
  }
  static hasCapture(re) {
    if (re === null) return false;
    if (re.op === Regexp.Op.CAPTURE) return true;
    if (re.subs) {
      for (let sub of re.subs) if (Parser2.hasCapture(sub)) return true;
    }
    return false;
  }
  constructor(wholeRegexp, flags = 0) {
    this.wholeRegexp = wholeRegexp;
    this.flags = flags;
    this.numCap = 0;
    this.namedGroups = /* @__PURE__ */ Object.create(null);
    this.stack = [];
    this.free = null;
    this.numRegexp = 0;
    this.numRunes = 0;
    this.repeats = 0;
    this.height = null;
    this.size = null;
    this.nlb = 0;
  }
  newRegexp(op) {
    let re = this.free;
    if (re !== null && re.subs !== null && re.subs.length > 0) {
      this.free = re.subs[0];
      re.reinit();
      re.op = op;
    } else {
      re = new Regexp(op);
      this.numRegexp += 1;
    }
    return re;
  }
  reuse(re) {
    if (this.height !== null && this.height.has(re)) this.height.delete(re);
    if (re.subs !== null && re.subs.length > 0) re.subs[0] = this.free;
    this.free = re;
  }
  checkLimits(re) {
    if (this.numRunes > Parser2.MAX_RUNES) throw new RE2JSSyntaxException(Parser2.ERR_LARGE);
    this.checkSize(re);
    this.checkHeight(re);
  }
  checkSize(re) {
    if (this.size === null) {
      if (this.repeats === 0) this.repeats = 1;
      if (re.op === Regexp.Op.REPEAT) {
        let n = re.max;
        if (n === -1) n = re.min;
        if (n <= 0) n = 1;
        if (n > Math.floor(Parser2.MAX_SIZE / this.repeats)) this.repeats = Parser2.MAX_SIZE;
        else this.repeats *= n;
      }
      if (this.numRegexp < Math.floor(Parser2.MAX_SIZE / this.repeats)) return;
      this.size = /* @__PURE__ */ new Map();
      for (let reEx of this.stack) this.checkSize(reEx);
    }
    if (this.calcSize(re, true) > Parser2.MAX_SIZE) throw new RE2JSSyntaxException(Parser2.ERR_LARGE);
  }
  calcSize(re, force = false) {
    if (!force && this.size !== null) {
      if (this.size.has(re)) return this.size.get(re);
    }
    let size = 0;
    switch (re.op) {
      case Regexp.Op.LITERAL:
        size = re.runes.length;
        break;
      case Regexp.Op.PLB:
      case Regexp.Op.NLB:
      case Regexp.Op.CAPTURE:
      case Regexp.Op.STAR:
        size = 2 + this.calcSize(re.subs[0]);
        break;
      case Regexp.Op.PLUS:
      case Regexp.Op.QUEST:
        size = 1 + this.calcSize(re.subs[0]);
        break;
      case Regexp.Op.CONCAT:
        for (let sub of re.subs) size = size + this.calcSize(sub);
        break;
      case Regexp.Op.ALTERNATE:
        for (let sub of re.subs) size = size + this.calcSize(sub);
        if (re.subs.length > 1) size = size + re.subs.length - 1;
        break;
      case Regexp.Op.REPEAT: {
        let sub = this.calcSize(re.subs[0]);
        if (re.max === -1) {
          if (re.min === 0) size = 2 + sub;
          else size = 1 + re.min * sub;
          break;
        }
        size = re.max * sub + (re.max - re.min);
        break;
      }
    }
    size = Math.max(1, size);
    if (this.size === null) this.size = /* @__PURE__ */ new Map();
    this.size.set(re, size);
    return size;
  }
  checkHeight(re) {
    if (this.numRegexp < Parser2.MAX_HEIGHT) return;
    if (this.height === null) {
      this.height = /* @__PURE__ */ new Map();
      for (let reEx of this.stack) this.checkHeight(reEx);
    }
    if (this.calcHeight(re, true) > Parser2.MAX_HEIGHT) throw new RE2JSSyntaxException(Parser2.ERR_NESTING_DEPTH);
  }
  calcHeight(re, force = false) {
    if (!force && this.height !== null) {
      if (this.height.has(re)) return this.height.get(re);
    }
    let h = 1;
    for (let sub of re.subs) {
      const hsub = this.calcHeight(sub);
      if (h < 1 + hsub) h = 1 + hsub;
    }
    if (this.height === null) this.height = /* @__PURE__ */ new Map();
    this.height.set(re, h);
    return h;
  }
  pop() {
    return this.stack.pop();
  }
  popToPseudo() {
    const n = this.stack.length;
    let i = n;
    while (i > 0 && !Regexp.isPseudoOp(this.stack[i - 1].op)) i--;
    return this.stack.splice(i, n - i);
  }
  push(re) {
    this.numRunes += re.runes.length;
    if (re.op === Regexp.Op.CHAR_CLASS && re.runes.length === 2 && re.runes[0] === re.runes[1]) {
      if (this.maybeConcat(re.runes[0], this.flags & ~RE2Flags.FOLD_CASE)) return null;
      re.op = Regexp.Op.LITERAL;
      re.runes = [re.runes[0]];
      re.flags = this.flags & ~RE2Flags.FOLD_CASE;
    } else if (re.op === Regexp.Op.CHAR_CLASS && re.runes.length === 4 && re.runes[0] === re.runes[1] && re.runes[2] === re.runes[3] && Unicode.simpleFold(re.runes[0]) === re.runes[2] && Unicode.simpleFold(re.runes[2]) === re.runes[0] || re.op === Regexp.Op.CHAR_CLASS && re.runes.length === 2 && re.runes[0] + 1 === re.runes[1] && Unicode.simpleFold(re.runes[0]) === re.runes[1] && Unicode.simpleFold(re.runes[1]) === re.runes[0]) {
      if (this.maybeConcat(re.runes[0], this.flags | RE2Flags.FOLD_CASE)) return null;
      re.op = Regexp.Op.LITERAL;
      re.runes = [re.runes[0]];
      re.flags = this.flags | RE2Flags.FOLD_CASE;
    } else this.maybeConcat(-1, 0);
    this.stack.push(re);
    this.checkLimits(re);
    return re;
  }
  maybeConcat(r, flags) {
    const n = this.stack.length;
    if (n < 2) return false;
    const re1 = this.stack[n - 1];
    const re2 = this.stack[n - 2];
    if (re1.op !== Regexp.Op.LITERAL || re2.op !== Regexp.Op.LITERAL || (re1.flags & RE2Flags.FOLD_CASE) !== (re2.flags & RE2Flags.FOLD_CASE)) return false;
    if (!Array.isArray(re2.runes)) re2.runes = Array.from(re2.runes);
    for (let i = 0; i < re1.runes.length; i++) re2.runes.push(re1.runes[i]);
    if (r >= 0) {
      re1.runes = [r];
      re1.flags = flags;
      return true;
    }
    this.pop();
    this.reuse(re1);
    return false;
  }
  newLiteral(r, flags) {
    const re = this.newRegexp(Regexp.Op.LITERAL);
    re.flags = flags;
    if ((flags & RE2Flags.FOLD_CASE) !== 0) r = Parser2.minFoldRune(r);
    re.runes = [r];
    return re;
  }
  literal(r) {
    this.push(this.newLiteral(r, this.flags));
  }
  op(op) {
    const re = this.newRegexp(op);
    re.flags = this.flags;
    return this.push(re);
  }
  repeat(op, min, max, beforePos, t, lastRepeatPos) {
    let flags = this.flags;
    if ((flags & RE2Flags.PERL_X) !== 0) {
      if (t.more() && t.lookingAt("?")) {
        t.skip(1);
        flags ^= RE2Flags.NON_GREEDY;
      }
      if (lastRepeatPos !== -1) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_REPEAT_OP, t.from(lastRepeatPos));
    }
    const n = this.stack.length;
    if (n === 0) throw new RE2JSSyntaxException(Parser2.ERR_MISSING_REPEAT_ARGUMENT, t.from(beforePos));
    const sub = this.stack[n - 1];
    if (Regexp.isPseudoOp(sub.op)) throw new RE2JSSyntaxException(Parser2.ERR_MISSING_REPEAT_ARGUMENT, t.from(beforePos));
    const re = this.newRegexp(op);
    re.min = min;
    re.max = max;
    re.flags = flags;
    re.subs = [sub];
    this.stack[n - 1] = re;
    this.checkLimits(re);
    if (op === Regexp.Op.REPEAT && (min >= 2 || max >= 2) && !this.repeatIsValid(re, 1e3)) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_REPEAT_SIZE, t.from(beforePos));
  }
  repeatIsValid(re, n) {
    if (re.op === Regexp.Op.REPEAT) {
      let m = re.max;
      if (m === 0) return true;
      if (m < 0) m = re.min;
      if (m > n) return false;
      if (m > 0) n = Math.trunc(n / m);
    }
    for (let sub of re.subs) if (!this.repeatIsValid(sub, n)) return false;
    return true;
  }
  concat() {
    this.maybeConcat(-1, 0);
    const subs = this.popToPseudo();
    if (subs.length === 0) return this.push(this.newRegexp(Regexp.Op.EMPTY_MATCH));
    return this.push(this.collapse(subs, Regexp.Op.CONCAT));
  }
  alternate() {
    const subs = this.popToPseudo();
    if (subs.length > 0) this.cleanAlt(subs[subs.length - 1]);
    if (subs.length === 0) return this.push(this.newRegexp(Regexp.Op.NO_MATCH));
    return this.push(this.collapse(subs, Regexp.Op.ALTERNATE));
  }
  cleanAlt(re) {
    if (re.op === Regexp.Op.CHAR_CLASS) {
      re.runes = new CharClass(Array.from(re.runes)).cleanClass().toArray();
      if (re.runes.length === 2 && re.runes[0] === 0 && re.runes[1] === Unicode.MAX_RUNE) {
        re.runes = /* @__PURE__ */ new Int32Array(0);
        re.op = Regexp.Op.ANY_CHAR;
      } else if (re.runes.length === 4 && re.runes[0] === 0 && re.runes[1] === Codepoint.CODES["\n"] - 1 && re.runes[2] === Codepoint.CODES["\n"] + 1 && re.runes[3] === Unicode.MAX_RUNE) {
        re.runes = /* @__PURE__ */ new Int32Array(0);
        re.op = Regexp.Op.ANY_CHAR_NOT_NL;
      }
    }
  }
  collapse(subs, op) {
    if (subs.length === 1) return subs[0];
    let len = 0;
    for (let sub of subs) len += sub.op === op ? sub.subs.length : 1;
    let newsubs = new Array(len).fill(null);
    let i = 0;
    for (let sub of subs) if (sub.op === op) {
      for (let j = 0; j < sub.subs.length; j++) newsubs[i++] = sub.subs[j];
      this.reuse(sub);
    } else newsubs[i++] = sub;
    let re = this.newRegexp(op);
    re.subs = newsubs;
    if (op === Regexp.Op.ALTERNATE) {
      re.subs = this.factor(re.subs);
      if (re.subs.length === 1) {
        const old = re;
        re = re.subs[0];
        this.reuse(old);
      }
    }
    return re;
  }
  factor(array) {
    if (array.length < 2) return array;
    let s = 0;
    let lensub = array.length;
    let lenout = 0;
    let str = null;
    let strlen = 0;
    let strflags = 0;
    let start = 0;
    for (let i = 0; i <= lensub; i++) {
      let istr = null;
      let istrlen = 0;
      let iflags = 0;
      if (i < lensub) {
        let re = array[s + i];
        if (re.op === Regexp.Op.CONCAT && re.subs.length > 0) re = re.subs[0];
        if (re.op === Regexp.Op.LITERAL) {
          istr = re.runes;
          istrlen = re.runes.length;
          iflags = re.flags & RE2Flags.FOLD_CASE;
        }
        if (iflags === strflags) {
          let same = 0;
          while (same < strlen && same < istrlen && str[same] === istr[same]) same++;
          if (same > 0) {
            strlen = same;
            continue;
          }
        }
      }
      if (i === start) {
      } else if (i === start + 1) array[lenout++] = array[s + start];
      else {
        const prefix = this.newRegexp(Regexp.Op.LITERAL);
        prefix.flags = strflags;
        prefix.runes = str.slice(0, strlen);
        for (let j = start; j < i; j++) {
          array[s + j] = this.removeLeadingString(array[s + j], strlen);
          this.checkLimits(array[s + j]);
        }
        const suffix = this.collapse(array.slice(s + start, s + i), Regexp.Op.ALTERNATE);
        const re = this.newRegexp(Regexp.Op.CONCAT);
        re.subs = [prefix, suffix];
        array[lenout++] = re;
      }
      start = i;
      str = istr;
      strlen = istrlen;
      strflags = iflags;
    }
    lensub = lenout;
    s = 0;
    start = 0;
    lenout = 0;
    let first = null;
    for (let i = 0; i <= lensub; i++) {
      let ifirst = null;
      if (i < lensub) {
        ifirst = Parser2.leadingRegexp(array[s + i]);
        if (first !== null && first.equals(ifirst) && (Parser2.isCharClass(first) || first.op === Regexp.Op.REPEAT && first.min === first.max && Parser2.isCharClass(first.subs[0]))) continue;
      }
      if (i === start) {
      } else if (i === start + 1) array[lenout++] = array[s + start];
      else {
        const prefix = first;
        for (let j = start; j < i; j++) {
          const reuse = j !== start;
          array[s + j] = this.removeLeadingRegexp(array[s + j], reuse);
          this.checkLimits(array[s + j]);
        }
        const suffix = this.collapse(array.slice(s + start, s + i), Regexp.Op.ALTERNATE);
        const re = this.newRegexp(Regexp.Op.CONCAT);
        re.subs = [prefix, suffix];
        array[lenout++] = re;
      }
      start = i;
      first = ifirst;
    }
    lensub = lenout;
    s = 0;
    start = 0;
    lenout = 0;
    for (let i = 0; i <= lensub; i++) {
      if (i < lensub && Parser2.isCharClass(array[s + i])) continue;
      if (i === start) {
      } else if (i === start + 1) array[lenout++] = array[s + start];
      else {
        let max = start;
        for (let j = start + 1; j < i; j++) {
          const subMax = array[s + max];
          const subJ = array[s + j];
          if (subMax.op < subJ.op || subMax.op === subJ.op && (subMax.runes !== null ? subMax.runes.length : 0) < (subJ.runes !== null ? subJ.runes.length : 0)) max = j;
        }
        const tmp = array[s + start];
        array[s + start] = array[s + max];
        array[s + max] = tmp;
        for (let j = start + 1; j < i; j++) {
          Parser2.mergeCharClass(array[s + start], array[s + j]);
          this.reuse(array[s + j]);
        }
        this.cleanAlt(array[s + start]);
        array[lenout++] = array[s + start];
      }
      if (i < lensub) array[lenout++] = array[s + i];
      start = i + 1;
    }
    lensub = lenout;
    s = 0;
    start = 0;
    lenout = 0;
    for (let i = 0; i < lensub; ++i) {
      if (i + 1 < lensub && array[s + i].op === Regexp.Op.EMPTY_MATCH && array[s + i + 1].op === Regexp.Op.EMPTY_MATCH) continue;
      array[lenout++] = array[s + i];
    }
    lensub = lenout;
    s = 0;
    return array.slice(s, lensub);
  }
  removeLeadingString(re, n) {
    if (re.op === Regexp.Op.CONCAT && re.subs.length > 0) {
      const sub = this.removeLeadingString(re.subs[0], n);
      re.subs[0] = sub;
      if (sub.op === Regexp.Op.EMPTY_MATCH) {
        this.reuse(sub);
        switch (re.subs.length) {
          case 0:
          case 1:
            re.op = Regexp.Op.EMPTY_MATCH;
            re.subs = Regexp.emptySubs();
            break;
          case 2: {
            const old = re;
            re = re.subs[1];
            this.reuse(old);
            break;
          }
          default:
            re.subs = re.subs.slice(1, re.subs.length);
        }
      }
      return re;
    }
    if (re.op === Regexp.Op.LITERAL) {
      re.runes = re.runes.slice(n, re.runes.length);
      if (re.runes.length === 0) re.op = Regexp.Op.EMPTY_MATCH;
    }
    return re;
  }
  removeLeadingRegexp(re, reuse) {
    if (re.op === Regexp.Op.CONCAT && re.subs.length > 0) {
      if (reuse) this.reuse(re.subs[0]);
      re.subs = re.subs.slice(1, re.subs.length);
      switch (re.subs.length) {
        case 0:
          re.op = Regexp.Op.EMPTY_MATCH;
          re.subs = Regexp.emptySubs();
          break;
        case 1: {
          const old = re;
          re = re.subs[0];
          this.reuse(old);
          break;
        }
      }
      return re;
    }
    if (reuse) this.reuse(re);
    return this.newRegexp(Regexp.Op.EMPTY_MATCH);
  }
  parseInternal() {
    if ((this.flags & RE2Flags.LITERAL) !== 0) return Parser2.literalRegexp(this.wholeRegexp, this.flags);
    let lastRepeatPos = -1;
    let min = -1;
    let max = -1;
    const t = new StringIterator(this.wholeRegexp);
    while (t.more()) {
      let repeatPos = -1;
      bigswitch: switch (t.peek()) {
        case Codepoint.CODES["("]:
          if ((this.flags & RE2Flags.LOOKBEHIND) !== 0) {
            if (t.lookingAt("(?<=")) {
              this.parsePosLookBehind();
              t.skip(4);
              break;
            }
            if (t.lookingAt("(?<!")) {
              this.parseNegLookBehind();
              t.skip(4);
              break;
            }
          }
          if ((this.flags & RE2Flags.PERL_X) !== 0 && t.lookingAt("(?")) {
            this.parsePerlFlags(t);
            break;
          }
          this.op(Regexp.Op.LEFT_PAREN).cap = ++this.numCap;
          t.skip(1);
          break;
        case Codepoint.CODES["|"]:
          this.parseVerticalBar();
          t.skip(1);
          break;
        case Codepoint.CODES[")"]:
          this.parseRightParen();
          t.skip(1);
          break;
        case Codepoint.CODES["^"]:
          if ((this.flags & RE2Flags.ONE_LINE) !== 0) this.op(Regexp.Op.BEGIN_TEXT);
          else this.op(Regexp.Op.BEGIN_LINE);
          t.skip(1);
          break;
        case Codepoint.CODES["$"]:
          if ((this.flags & RE2Flags.ONE_LINE) !== 0) this.op(Regexp.Op.END_TEXT).flags |= RE2Flags.WAS_DOLLAR;
          else this.op(Regexp.Op.END_LINE);
          t.skip(1);
          break;
        case Codepoint.CODES["."]:
          if ((this.flags & RE2Flags.DOT_NL) !== 0) this.op(Regexp.Op.ANY_CHAR);
          else this.op(Regexp.Op.ANY_CHAR_NOT_NL);
          t.skip(1);
          break;
        case Codepoint.CODES["["]:
          this.parseClass(t);
          break;
        case Codepoint.CODES["*"]:
        case Codepoint.CODES["+"]:
        case Codepoint.CODES["?"]: {
          repeatPos = t.pos();
          let op = null;
          switch (t.pop()) {
            case Codepoint.CODES["*"]:
              op = Regexp.Op.STAR;
              break;
            case Codepoint.CODES["+"]:
              op = Regexp.Op.PLUS;
              break;
            case Codepoint.CODES["?"]:
              op = Regexp.Op.QUEST;
          }
          this.repeat(op, min, max, repeatPos, t, lastRepeatPos);
          break;
        }
        case Codepoint.CODES["{"]: {
          const before = t.pos();
          const minMax = Parser2.parseRepeat(t);
          if (minMax < 0) {
            t.rewindTo(before);
            this.literal(t.pop());
            break;
          }
          repeatPos = before;
          min = minMax >> 16;
          max = (minMax & Unicode.MAX_BMP) << 16 >> 16;
          this.repeat(Regexp.Op.REPEAT, min, max, repeatPos, t, lastRepeatPos);
          break;
        }
        case Codepoint.CODES["\\"]: {
          const savedPos = t.pos();
          t.skip(1);
          if ((this.flags & RE2Flags.PERL_X) !== 0 && t.more()) switch (t.pop()) {
            case Codepoint.CODES["A"]:
              this.op(Regexp.Op.BEGIN_TEXT);
              break bigswitch;
            case Codepoint.CODES["b"]:
              this.op(Regexp.Op.WORD_BOUNDARY);
              break bigswitch;
            case Codepoint.CODES["B"]:
              this.op(Regexp.Op.NO_WORD_BOUNDARY);
              break bigswitch;
            case Codepoint.CODES["C"]:
              throw new RE2JSSyntaxException(Parser2.ERR_INVALID_ESCAPE, "\\C");
            case Codepoint.CODES["Q"]: {
              let lit = t.rest();
              const i = lit.indexOf("\\E");
              if (i >= 0) {
                lit = lit.substring(0, i);
                t.skipString(lit);
                t.skipString("\\E");
              } else t.skipString(lit);
              let j = 0;
              while (j < lit.length) {
                const codepoint = lit.codePointAt(j);
                this.literal(codepoint);
                j += Utils.charCount(codepoint);
              }
              break bigswitch;
            }
            case Codepoint.CODES["z"]:
              this.op(Regexp.Op.END_TEXT);
              break bigswitch;
            default:
              t.rewindTo(savedPos);
          }
          else t.rewindTo(savedPos);
          const re = this.newRegexp(Regexp.Op.CHAR_CLASS);
          re.flags = this.flags;
          if (t.lookingAt("\\p") || t.lookingAt("\\P")) {
            const cc2 = new CharClass();
            if (this.parseUnicodeClass(t, cc2)) {
              re.runes = cc2.toArray();
              this.push(re);
              break bigswitch;
            }
          }
          const cc = new CharClass();
          if (this.parsePerlClassEscape(t, cc)) {
            re.runes = cc.toArray();
            this.push(re);
            break bigswitch;
          }
          t.rewindTo(savedPos);
          this.reuse(re);
          this.literal(Parser2.parseEscape(t));
          break;
        }
        default:
          this.literal(t.pop());
      }
      lastRepeatPos = repeatPos;
    }
    this.concat();
    if (this.swapVerticalBar()) this.pop();
    this.alternate();
    if (this.stack.length !== 1) throw new RE2JSSyntaxException(Parser2.ERR_MISSING_PAREN, this.wholeRegexp);
    this.stack[0].namedGroups = this.namedGroups;
    return this.stack[0];
  }
  parsePerlFlags(t) {
    const startPos = t.pos();
    const s = t.rest();
    if (s.startsWith("(?P<") || s.startsWith("(?<")) {
      const begin = s.charAt(2) === "P" ? 4 : 3;
      const end = s.indexOf(">");
      if (end < 0) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_NAMED_CAPTURE, s);
      const name = s.substring(begin, end);
      t.skipString(name);
      t.skip(begin + 1);
      if (!Parser2.isValidCaptureName(name)) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_NAMED_CAPTURE, s.substring(0, end + 1));
      const re = this.op(Regexp.Op.LEFT_PAREN);
      re.cap = ++this.numCap;
      if (this.namedGroups[name]) throw new RE2JSSyntaxException(Parser2.ERR_DUPLICATE_NAMED_CAPTURE, name);
      this.namedGroups[name] = this.numCap;
      re.name = name;
      return;
    }
    t.skip(2);
    let flags = this.flags;
    let sign = 1;
    let sawFlag = false;
    loop: while (t.more()) {
      const c = t.pop();
      switch (c) {
        case Codepoint.CODES["i"]:
          flags |= RE2Flags.FOLD_CASE;
          sawFlag = true;
          break;
        case Codepoint.CODES["m"]:
          flags &= ~RE2Flags.ONE_LINE;
          sawFlag = true;
          break;
        case Codepoint.CODES["s"]:
          flags |= RE2Flags.DOT_NL;
          sawFlag = true;
          break;
        case Codepoint.CODES["U"]:
          flags |= RE2Flags.NON_GREEDY;
          sawFlag = true;
          break;
        case Codepoint.CODES["-"]:
          if (sign < 0) break loop;
          sign = -1;
          flags = ~flags;
          sawFlag = false;
          break;
        case Codepoint.CODES[":"]:
        case Codepoint.CODES[")"]:
          if (sign < 0) {
            if (!sawFlag) break loop;
            flags = ~flags;
          }
          if (c === Codepoint.CODES[":"]) this.op(Regexp.Op.LEFT_PAREN);
          this.flags = flags;
          return;
        default:
          break loop;
      }
    }
    throw new RE2JSSyntaxException(Parser2.ERR_INVALID_PERL_OP, t.from(startPos));
  }
  parsePosLookBehind() {
    const re = this.newRegexp(Regexp.Op.LEFT_PAREN);
    re.flags = this.flags;
    re.lb = ++this.nlb;
    return this.push(re);
  }
  parseNegLookBehind() {
    const re = this.newRegexp(Regexp.Op.LEFT_PAREN);
    re.flags = this.flags;
    re.lb = -++this.nlb;
    return this.push(re);
  }
  parseVerticalBar() {
    this.concat();
    if (!this.swapVerticalBar()) this.op(Regexp.Op.VERTICAL_BAR);
  }
  swapVerticalBar() {
    const n = this.stack.length;
    if (n >= 3 && this.stack[n - 2].op === Regexp.Op.VERTICAL_BAR && Parser2.isCharClass(this.stack[n - 1]) && Parser2.isCharClass(this.stack[n - 3])) {
      let re1 = this.stack[n - 1];
      let re3 = this.stack[n - 3];
      if (re1.op > re3.op) {
        const tmp = re3;
        re3 = re1;
        re1 = tmp;
        this.stack[n - 3] = re3;
      }
      Parser2.mergeCharClass(re3, re1);
      this.reuse(re1);
      this.pop();
      return true;
    }
    if (n >= 2) {
      const re1 = this.stack[n - 1];
      const re2 = this.stack[n - 2];
      if (re2.op === Regexp.Op.VERTICAL_BAR) {
        if (n >= 3) this.cleanAlt(this.stack[n - 3]);
        this.stack[n - 2] = re1;
        this.stack[n - 1] = re2;
        return true;
      }
    }
    return false;
  }
  parseRightParen() {
    this.concat();
    if (this.swapVerticalBar()) this.pop();
    this.alternate();
    if (this.stack.length < 2) throw new RE2JSSyntaxException(Parser2.ERR_UNEXPECTED_PAREN, this.wholeRegexp);
    const re1 = this.pop();
    const re2 = this.pop();
    if (re2.op !== Regexp.Op.LEFT_PAREN) throw new RE2JSSyntaxException(Parser2.ERR_UNEXPECTED_PAREN, this.wholeRegexp);
    this.flags = re2.flags;
    if (re2.lb !== 0) {
      if (Parser2.hasCapture(re1)) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_CAPTURE_IN_LOOKBEHIND, this.wholeRegexp);
      if (re2.lb > 0) re2.op = Regexp.Op.PLB;
      else re2.op = Regexp.Op.NLB;
      re2.subs = [re1];
      this.push(re2);
      return;
    }
    if (re2.cap === 0) this.push(re1);
    else {
      re2.op = Regexp.Op.CAPTURE;
      re2.subs = [re1];
      this.push(re2);
    }
  }
  parsePerlClassEscape(t, cc) {
    const beforePos = t.pos();
    if ((this.flags & RE2Flags.PERL_X) === 0 || !t.more() || t.pop() !== Codepoint.CODES["\\"] || !t.more()) return false;
    t.pop();
    const p = t.from(beforePos);
    const g = PERL_GROUPS.has(p) ? PERL_GROUPS.get(p) : null;
    if (g === null) return false;
    cc.appendGroup(g, (this.flags & RE2Flags.FOLD_CASE) !== 0);
    return true;
  }
  parseNamedClass(t, cc) {
    const cls = t.rest();
    const i = cls.indexOf(":]");
    if (i < 0) return false;
    const name = cls.substring(0, i + 2);
    t.skipString(name);
    const g = POSIX_GROUPS.has(name) ? POSIX_GROUPS.get(name) : null;
    if (g === null) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_CHAR_RANGE, name);
    cc.appendGroup(g, (this.flags & RE2Flags.FOLD_CASE) !== 0);
    return true;
  }
  parseUnicodeClass(t, cc) {
    const startPos = t.pos();
    if ((this.flags & RE2Flags.UNICODE_GROUPS) === 0 || !t.lookingAt("\\p") && !t.lookingAt("\\P")) return false;
    t.skip(1);
    let sign = 1;
    let c = t.pop();
    if (c === Codepoint.CODES["P"]) sign = -1;
    if (!t.more()) {
      t.rewindTo(startPos);
      throw new RE2JSSyntaxException(Parser2.ERR_INVALID_CHAR_RANGE, t.rest());
    }
    c = t.pop();
    let name;
    if (c !== Codepoint.CODES["{"]) name = Utils.runeToString(c);
    else {
      const rest = t.rest();
      const end = rest.indexOf("}");
      if (end < 0) {
        t.rewindTo(startPos);
        throw new RE2JSSyntaxException(Parser2.ERR_INVALID_CHAR_RANGE, t.rest());
      }
      name = rest.substring(0, end);
      t.skipString(name);
      t.skip(1);
    }
    if (!(name.length === 0) && name.codePointAt(0) === Codepoint.CODES["^"]) {
      sign = 0 - sign;
      name = name.substring(1);
    }
    const pair = Parser2.unicodeTable(name);
    if (pair === null) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_CHAR_RANGE, t.from(startPos));
    if (pair.sign < 0) sign = 0 - sign;
    const tab = pair.tab;
    const fold = pair.fold;
    if ((this.flags & RE2Flags.FOLD_CASE) === 0 || fold === null) cc.appendTableWithSign(tab, sign);
    else {
      const tmp = new CharClass().appendTable(tab).appendTable(fold).cleanClass().toArray();
      cc.appendClassWithSign(Array.from(tmp), sign);
    }
    return true;
  }
  parseClass(t) {
    const startPos = t.pos();
    t.skip(1);
    const re = this.newRegexp(Regexp.Op.CHAR_CLASS);
    re.flags = this.flags;
    const cc = new CharClass();
    let sign = 1;
    if (t.more() && t.lookingAt("^")) {
      sign = -1;
      t.skip(1);
      if ((this.flags & RE2Flags.CLASS_NL) === 0) cc.appendRange(Codepoint.CODES["\n"], Codepoint.CODES["\n"]);
    }
    let first = true;
    while (!t.more() || t.peek() !== Codepoint.CODES["]"] || first) {
      if (t.more() && t.lookingAt("-") && (this.flags & RE2Flags.PERL_X) === 0 && !first) {
        const s = t.rest();
        if (s === "-" || !s.startsWith("-]")) {
          t.rewindTo(startPos);
          throw new RE2JSSyntaxException(Parser2.ERR_INVALID_CHAR_RANGE, t.rest());
        }
      }
      first = false;
      const beforePos = t.pos();
      if (t.lookingAt("[:")) {
        if (this.parseNamedClass(t, cc)) continue;
        t.rewindTo(beforePos);
      }
      if (this.parseUnicodeClass(t, cc)) continue;
      if (this.parsePerlClassEscape(t, cc)) continue;
      t.rewindTo(beforePos);
      const lo = Parser2.parseClassChar(t, startPos);
      let hi = lo;
      if (t.more() && t.lookingAt("-")) {
        t.skip(1);
        if (t.more() && t.lookingAt("]")) t.skip(-1);
        else {
          hi = Parser2.parseClassChar(t, startPos);
          if (hi < lo) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_CHAR_RANGE, t.from(beforePos));
        }
      }
      if ((this.flags & RE2Flags.FOLD_CASE) === 0) cc.appendRange(lo, hi);
      else cc.appendFoldedRange(lo, hi);
    }
    t.skip(1);
    cc.cleanClass();
    if (sign < 0) cc.negateClass();
    re.runes = cc.toArray();
    this.push(re);
  }
};
var RE2 = class RE22 {
  static initTest(expr) {
    const re2 = RE22.compile(expr);
    const res = new RE22(re2.expr, re2.prog, re2.numSubexp, re2.longest);
    res.cond = re2.cond;
    res.prefix = re2.prefix;
    res.prefixUTF8 = re2.prefixUTF8;
    res.prefixComplete = re2.prefixComplete;
    res.prefixRune = re2.prefixRune;
    res.prefilter = re2.prefilter;
    res.namedGroups = re2.namedGroups;
    return res;
  }
  /**
  * Parses a regular expression and returns, if successful, an {@code RE2} instance that can be
  * used to match against text.
  *
  * When matching against text, the regexp returns a match that begins as early as possible in the
  * input (leftmost), and among those it chooses the one that a backtracking search would have
  * found first. This so-called leftmost-first matching is the same semantics that Perl, Python,
  * and other implementations use, although this package implements it without the expense of
  * backtracking. For POSIX leftmost-longest matching, see {@link #compilePOSIX}.
  */
  static compile(expr) {
    return RE22.compileImpl(expr, RE2Flags.PERL, false);
  }
  /**
  * {@code compilePOSIX} is like {@link #compile} but restricts the regular expression to POSIX ERE
  * (egrep) syntax and changes the match semantics to leftmost-longest.
  *
  * That is, when matching against text, the regexp returns a match that begins as early as
  * possible in the input (leftmost), and among those it chooses a match that is as long as
  * possible. This so-called leftmost-longest matching is the same semantics that early regular
  * expression implementations used and that POSIX specifies.
  *
  * However, there can be multiple leftmost-longest matches, with different submatch choices, and
  * here this package diverges from POSIX. Among the possible leftmost-longest matches, this
  * package chooses the one that a backtracking search would have found first, while POSIX
  * specifies that the match be chosen to maximize the length of the first subexpression, then the
  * second, and so on from left to right. The POSIX rule is computationally prohibitive and not
  * even well-defined. See http://swtch.com/~rsc/regexp/regexp2.html#posix
  */
  static compilePOSIX(expr) {
    return RE22.compileImpl(expr, RE2Flags.POSIX, true);
  }
  static compileImpl(expr, mode, longest) {
    let re = Parser.parse(expr, mode);
    const maxCap = re.maxCap();
    const namedGroups = re.namedGroups;
    re = Simplify.simplify(re);
    const prefilter = PrefilterTree.build(re);
    const prog = Compiler.compileRegexp(re);
    const re2 = new RE22(expr, prog, maxCap, longest);
    re2.prefilter = prefilter.type === Prefilter.Type.NONE ? null : prefilter;
    const [prefixCompl, prefixStr] = prog.prefix();
    re2.prefixComplete = prefixCompl;
    re2.prefix = prefixStr;
    re2.prefixUTF8 = Utils.stringToUtf8ByteArray(re2.prefix);
    if (re2.prefix.length > 0) re2.prefixRune = re2.prefix.codePointAt(0);
    re2.namedGroups = namedGroups;
    return re2;
  }
  /**
  * Returns true iff textual regular expression {@code pattern} matches string {@code s}.
  *
  * More complicated queries need to use {@link #compile} and the full {@code RE2} interface.
  */
  static match(pattern, s) {
    return RE22.compile(pattern).match(s);
  }
  constructor(expr, prog, numSubexp = 0, longest = 0) {
    this.expr = expr;
    this.prog = prog;
    this.numSubexp = numSubexp;
    this.longest = longest;
    this.cond = prog.startCond();
    this.prefix = null;
    this.prefixUTF8 = null;
    this.prefixComplete = false;
    this.prefixRune = 0;
    this.namedGroups = /* @__PURE__ */ Object.create(null);
    this.machinePool = [];
    this.lazyDFA = null;
    this.onepass = OnePass.compile(this.prog);
    this.prefilter = null;
  }
  get dfa() {
    if (this.lazyDFA === null) this.lazyDFA = new DFA(this.prog);
    return this.lazyDFA;
  }
  matchPrefixComplete(input, pos, anchor, ncap) {
    if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return null;
    let matchStart = -1;
    let matchEnd = -1;
    const pLen = input.prefixLength(this);
    if (anchor === RE2Flags.UNANCHORED) {
      const idx = input.index(this, pos);
      if (idx < 0) return null;
      matchStart = pos + idx;
      matchEnd = matchStart + pLen;
    } else if (anchor === RE2Flags.ANCHOR_BOTH) {
      if (input.endPos() !== pLen) return null;
      if (input.index(this, 0) !== 0) return null;
      matchStart = 0;
      matchEnd = pLen;
    } else if (anchor === RE2Flags.ANCHOR_START) {
      if (input.index(this, 0) !== 0) return null;
      matchStart = 0;
      matchEnd = pLen;
    }
    if (matchStart < 0) return null;
    if (ncap > 0) {
      const matchcap = new Int32Array(ncap).fill(-1);
      matchcap[0] = matchStart;
      matchcap[1] = matchEnd;
      return Array.from(matchcap);
    }
    return [];
  }
  createLookbehindState() {
    return this.prog.numLb > 0 ? new LookbehindState(this.prog) : null;
  }
  executeEngine(input, pos, anchor, ncap, lbState = null) {
    if (this.prefixComplete && (ncap === 0 || this.numSubexp === 0)) return this.matchPrefixComplete(input, pos, anchor, ncap);
    if (this.prefilter !== null && anchor === RE2Flags.UNANCHORED) {
      if (!this.prefilter.eval(input, pos)) return null;
    }
    if (this.onepass !== null) return OnePass.execute(this, input, pos, anchor, ncap);
    if (ncap > 0) {
      if (this.prog.numLb === 0 && input.endPos() <= Backtracker.maxBitStateLen(this.prog)) return Backtracker.execute(this, input, pos, anchor, ncap);
      return this.doExecuteNFA(input, pos, anchor, ncap, lbState);
    }
    if (this.prog.numLb === 0) {
      const dfaResult = this.dfa.match(input, pos, anchor);
      if (dfaResult !== null) return dfaResult ? [] : null;
      if (input.endPos() <= Backtracker.maxBitStateLen(this.prog)) return Backtracker.execute(this, input, pos, anchor, ncap);
    }
    return this.doExecuteNFA(input, pos, anchor, ncap, lbState);
  }
  /**
  * Returns the number of parenthesized subexpressions in this regular expression.
  */
  numberOfCapturingGroups() {
    return this.numSubexp;
  }
  /**
  * Returns the number of instructions in this compiled regular expression program.
  */
  numberOfInstructions() {
    return this.prog.numInst();
  }
  get() {
    return this.machinePool.length > 0 ? this.machinePool.pop() : null;
  }
  reset() {
    this.machinePool.length = 0;
  }
  put(m) {
    this.machinePool.push(m);
  }
  toString() {
    return this.expr;
  }
  doExecuteNFA(input, pos, anchor, ncap, lbState = null) {
    let m = this.get();
    if (!m) m = Machine.fromRE2(this);
    m.init(ncap);
    const cap = m.match(input, pos, anchor, lbState) ? m.submatches() : null;
    this.put(m);
    return cap;
  }
  match(s) {
    return this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, 0) !== null;
  }
  /**
  * Matches the regular expression against input starting at position start and ending at position
  * end, with the given anchoring. Records the submatch boundaries in group, which is [start, end)
  * pairs of byte offsets. The number of boundaries needed is inferred from the size of the group
  * array. It is most efficient not to ask for submatch boundaries.
  *
  * @param input the input byte array
  * @param start the beginning position in the input
  * @param end the end position in the input
  * @param anchor the anchoring flag (UNANCHORED, ANCHOR_START, ANCHOR_BOTH)
  * @param group the array to fill with submatch positions
  * @param ngroup the number of array pairs to fill in
  * @param lbState optional state carried between successive matches over the same input (see
  *   createLookbehindState); omit it to evaluate lookbehinds from the beginning of the input
  * @returns true if a match was found
  */
  matchWithGroup(input, start, end, anchor, ngroup, lbState = null) {
    if (!(input instanceof MatcherInputBase)) {
      if (Utils.isByteArray(input)) input = MatcherInput.utf8(input);
      else input = MatcherInput.utf16(input);
    }
    return this.matchMachineInput(input, start, end, anchor, ngroup, lbState);
  }
  matchMachineInput(input, start, end, anchor, ngroup, lbState = null) {
    if (start > end) return [false, null];
    const machineInput = input.isUTF16Encoding() ? MachineInput.fromUTF16(input.asCharSequence(), 0, end) : MachineInput.fromUTF8(input.asBytes(), 0, end);
    const groupMatch = this.executeEngine(machineInput, start, anchor, 2 * ngroup, lbState);
    if (groupMatch === null) return [false, null];
    return [true, groupMatch];
  }
  /**
  * Returns true iff this regexp matches the UTF-8 byte array {@code b}.
  */
  matchUTF8(b) {
    return this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, 0) !== null;
  }
  /**
  * Returns a copy of {@code src} in which all matches for this regexp have been replaced by
  * {@code repl}. No support is provided for expressions (e.g. {@code \1} or {@code $1}) in the
  * replacement string.
  */
  replaceAll(src, repl) {
    return this.replaceAllFunc(src, () => repl, 2 * src.length + 1);
  }
  /**
  * Returns a copy of {@code src} in which only the first match for this regexp has been replaced
  * by {@code repl}. No support is provided for expressions (e.g. {@code \1} or {@code $1}) in the
  * replacement string.
  */
  replaceFirst(src, repl) {
    return this.replaceAllFunc(src, () => repl, 1);
  }
  /**
  * Returns a copy of {@code src} in which at most {@code maxReplaces} matches for this regexp have
  * been replaced by the return value of of function {@code repl} (whose first argument is the
  * matched string). No support is provided for expressions (e.g. {@code \1} or {@code $1}) in the
  * replacement string.
  */
  replaceAllFunc(src, replFunc, maxReplaces) {
    let lastMatchEnd = 0;
    let searchPos = 0;
    let out = "";
    const input = MachineInput.fromUTF16(src);
    const lbState = this.createLookbehindState();
    let numReplaces = 0;
    while (searchPos <= src.length) {
      const a = this.executeEngine(input, searchPos, RE2Flags.UNANCHORED, 2, lbState);
      if (a === null || a.length === 0) break;
      out += src.substring(lastMatchEnd, a[0]);
      if (a[1] > lastMatchEnd || a[0] === 0) {
        out += replFunc(src.substring(a[0], a[1]));
        numReplaces++;
      }
      lastMatchEnd = a[1];
      const width = input.step(searchPos) & 7;
      if (searchPos + width > a[1]) searchPos += width;
      else if (searchPos + 1 > a[1]) searchPos++;
      else searchPos = a[1];
      if (numReplaces >= maxReplaces) break;
    }
    out += src.substring(lastMatchEnd);
    return out;
  }
  pad(a) {
    if (a === null) return null;
    let n = (1 + this.numSubexp) * 2;
    if (a.length < n) {
      let a2 = new Array(n).fill(-1);
      for (let i = 0; i < a.length; i++) a2[i] = a[i];
      a = a2;
    }
    return a;
  }
  allMatches(input, n, deliverFun = (v) => v) {
    let result = [];
    const end = input.endPos();
    if (n < 0) n = end + 1;
    let pos = 0;
    let i = 0;
    let prevMatchEnd = -1;
    const lbState = this.createLookbehindState();
    while (i < n && pos <= end) {
      const matches = this.executeEngine(input, pos, RE2Flags.UNANCHORED, this.prog.numCap, lbState);
      if (matches === null || matches.length === 0) break;
      let accept = true;
      if (matches[1] === pos) {
        if (matches[0] === prevMatchEnd) accept = false;
        const r = input.step(pos);
        if (r < 0) pos = end + 1;
        else pos += r & 7;
      } else pos = matches[1];
      prevMatchEnd = matches[1];
      if (accept) {
        result.push(deliverFun(this.pad(matches)));
        i++;
      }
    }
    return result;
  }
  /**
  * Returns an array holding the text of the leftmost match in {@code b} of this regular
  * expression.
  *
  * A return value of null indicates no match.
  */
  findUTF8(b) {
    const a = this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, 2);
    if (a === null) return null;
    return b.slice(a[0], a[1]);
  }
  /**
  * Returns a two-element array of integers defining the location of the leftmost match in
  * {@code b} of this regular expression. The match itself is at {@code b[loc[0]...loc[1]]}.
  *
  * A return value of null indicates no match.
  */
  findUTF8Index(b) {
    const a = this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, 2);
    if (a === null) return null;
    return a.slice(0, 2);
  }
  /**
  * Returns a string holding the text of the leftmost match in {@code s} of this regular
  * expression.
  *
  * If there is no match, the return value is an empty string, but it will also be empty if the
  * regular expression successfully matches an empty string. Use {@link #findIndex} or
  * {@link #findSubmatch} if it is necessary to distinguish these cases.
  */
  find(s) {
    const a = this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, 2);
    if (a === null) return "";
    return s.substring(a[0], a[1]);
  }
  /**
  * Returns a two-element array of integers defining the location of the leftmost match in
  * {@code s} of this regular expression. The match itself is at
  * {@code s.substring(loc[0], loc[1])}.
  *
  * A return value of null indicates no match.
  */
  findIndex(s) {
    return this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, 2);
  }
  /**
  * Returns an array of arrays the text of the leftmost match of the regular expression in
  * {@code b} and the matches, if any, of its subexpressions, as defined by the <a
  * href='#submatch'>Submatch</a> description above.
  *
  * A return value of null indicates no match.
  */
  findUTF8Submatch(b) {
    const a = this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, this.prog.numCap);
    if (a === null) return null;
    const ret = new Array(1 + this.numSubexp).fill(null);
    for (let i = 0; i < ret.length; i++) if (2 * i < a.length && a[2 * i] >= 0) ret[i] = b.slice(a[2 * i], a[2 * i + 1]);
    return ret;
  }
  /**
  * Returns an array holding the index pairs identifying the leftmost match of this regular
  * expression in {@code b} and the matches, if any, of its subexpressions, as defined by the the
  * <a href='#submatch'>Submatch</a> and <a href='#index'>Index</a> descriptions above.
  *
  * A return value of null indicates no match.
  */
  findUTF8SubmatchIndex(b) {
    return this.pad(this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, this.prog.numCap));
  }
  /**
  * Returns an array of strings holding the text of the leftmost match of the regular expression in
  * {@code s} and the matches, if any, of its subexpressions, as defined by the <a
  * href='#submatch'>Submatch</a> description above.
  *
  * A return value of null indicates no match.
  */
  findSubmatch(s) {
    const a = this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, this.prog.numCap);
    if (a === null) return null;
    const ret = new Array(1 + this.numSubexp).fill(null);
    for (let i = 0; i < ret.length; i++) if (2 * i < a.length && a[2 * i] >= 0) ret[i] = s.substring(a[2 * i], a[2 * i + 1]);
    return ret;
  }
  /**
  * Returns an array holding the index pairs identifying the leftmost match of this regular
  * expression in {@code s} and the matches, if any, of its subexpressions, as defined by the <a
  * href='#submatch'>Submatch</a> description above.
  *
  * A return value of null indicates no match.
  */
  findSubmatchIndex(s) {
    return this.pad(this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, this.prog.numCap));
  }
  /**
  * {@code findAllUTF8()} is the <a href='#all'>All</a> version of {@link #findUTF8}; it returns a
  * list of up to {@code n} successive matches of the expression, as defined by the <a
  * href='#all'>All</a> description above.
  *
  * A return value of null indicates no match.
  *
  * TODO(adonovan): think about defining a byte slice view class, like a read-only Go slice backed
  * by |b|.
  */
  findAllUTF8(b, n) {
    const result = this.allMatches(MachineInput.fromUTF8(b), n, (match) => b.slice(match[0], match[1]));
    if (result.length === 0) return null;
    return result;
  }
  /**
  * {@code findAllUTF8Index} is the <a href='#all'>All</a> version of {@link #findUTF8Index}; it
  * returns a list of up to {@code n} successive matches of the expression, as defined by the <a
  * href='#all'>All</a> description above.
  *
  * A return value of null indicates no match.
  */
  findAllUTF8Index(b, n) {
    const result = this.allMatches(MachineInput.fromUTF8(b), n, (match) => match.slice(0, 2));
    if (result.length === 0) return null;
    return result;
  }
  /**
  * {@code findAll} is the <a href='#all'>All</a> version of {@link #find}; it returns a list of up
  * to {@code n} successive matches of the expression, as defined by the <a href='#all'>All</a>
  * description above.
  *
  * A return value of null indicates no match.
  */
  findAll(s, n) {
    const result = this.allMatches(MachineInput.fromUTF16(s), n, (match) => s.substring(match[0], match[1]));
    if (result.length === 0) return null;
    return result;
  }
  /**
  * {@code findAllIndex} is the <a href='#all'>All</a> version of {@link #findIndex}; it returns a
  * list of up to {@code n} successive matches of the expression, as defined by the <a
  * href='#all'>All</a> description above.
  *
  * A return value of null indicates no match.
  */
  findAllIndex(s, n) {
    const result = this.allMatches(MachineInput.fromUTF16(s), n, (match) => match.slice(0, 2));
    if (result.length === 0) return null;
    return result;
  }
  /**
  * {@code findAllUTF8Submatch} is the <a href='#all'>All</a> version of {@link #findUTF8Submatch};
  * it returns a list of up to {@code n} successive matches of the expression, as defined by the <a
  * href='#all'>All</a> description above.
  *
  * A return value of null indicates no match.
  */
  findAllUTF8Submatch(b, n) {
    const result = this.allMatches(MachineInput.fromUTF8(b), n, (match) => {
      let slice = new Array(match.length / 2 | 0).fill(null);
      for (let j = 0; j < slice.length; j++) if (match[2 * j] >= 0) slice[j] = b.slice(match[2 * j], match[2 * j + 1]);
      return slice;
    });
    if (result.length === 0) return null;
    return result;
  }
  /**
  * {@code findAllUTF8SubmatchIndex} is the <a href='#all'>All</a> version of
  * {@link #findUTF8SubmatchIndex}; it returns a list of up to {@code n} successive matches of the
  * expression, as defined by the <a href='#all'>All</a> description above.
  *
  * A return value of null indicates no match.
  */
  findAllUTF8SubmatchIndex(b, n) {
    const result = this.allMatches(MachineInput.fromUTF8(b), n);
    if (result.length === 0) return null;
    return result;
  }
  /**
  * {@code findAllSubmatch} is the <a href='#all'>All</a> version of {@link #findSubmatch}; it
  * returns a list of up to {@code n} successive matches of the expression, as defined by the <a
  * href='#all'>All</a> description above.
  *
  * A return value of null indicates no match.
  */
  findAllSubmatch(s, n) {
    const result = this.allMatches(MachineInput.fromUTF16(s), n, (match) => {
      let slice = new Array(match.length / 2 | 0).fill(null);
      for (let j = 0; j < slice.length; j++) if (match[2 * j] >= 0) slice[j] = s.substring(match[2 * j], match[2 * j + 1]);
      return slice;
    });
    if (result.length === 0) return null;
    return result;
  }
  /**
  * {@code findAllSubmatchIndex} is the <a href='#all'>All</a> version of
  * {@link #findSubmatchIndex}; it returns a list of up to {@code n} successive matches of the
  * expression, as defined by the <a href='#all'>All</a> description above.
  *
  * A return value of null indicates no match.
  */
  findAllSubmatchIndex(s, n) {
    const result = this.allMatches(MachineInput.fromUTF16(s), n);
    if (result.length === 0) return null;
    return result;
  }
};
var RE2Set = class RE2Set2 {
  /** @type {number} */
  static UNANCHORED = RE2Flags.UNANCHORED;
  /** @type {number} */
  static ANCHOR_START = RE2Flags.ANCHOR_START;
  /** @type {number} */
  static ANCHOR_BOTH = RE2Flags.ANCHOR_BOTH;
  /**
  * Constructs a new RE2Set with the specified anchor mode and flags.
  * @param {number} [anchor=RE2Set.UNANCHORED] - The anchoring mode (e.g., RE2Set.UNANCHORED).
  * @param {number} [flags=0] - The public flags to apply to all patterns in the set.
  * @param {number} [maxMem=8388608] - The maximum memory in bytes to use for the DFA (default 8MB).
  */
  constructor(anchor = RE2Set2.UNANCHORED, flags = 0, maxMem = 8388608) {
    if (![
      RE2Set2.UNANCHORED,
      RE2Set2.ANCHOR_START,
      RE2Set2.ANCHOR_BOTH
    ].includes(anchor)) throw new RE2JSFlagsException("The anchor should be RE2Set.UNANCHORED, RE2Set.ANCHOR_START or RE2Set.ANCHOR_BOTH");
    Utils.checkFlags(flags);
    this.anchor = anchor;
    this.jsFlags = flags;
    this.maxMem = maxMem;
    let re2Flags = RE2Flags.PERL;
    if ((flags & PublicFlags.DISABLE_UNICODE_GROUPS) !== 0) re2Flags &= ~RE2Flags.UNICODE_GROUPS;
    if ((flags & PublicFlags.LOOKBEHINDS) !== 0) re2Flags |= RE2Flags.LOOKBEHIND;
    this.re2Flags = re2Flags;
    this.regexps = [];
    this.prog = null;
    this.dfa = null;
    this.dummyRe2 = null;
  }
  /**
  * Adds a new regular expression pattern to the set.
  * Patterns cannot be added after the set has been compiled.
  * @param {string} pattern - The regular expression pattern to add.
  * @returns {number} The integer index assigned to the added pattern.
  * @throws {RE2JSCompileException} If patterns are added after compilation.
  */
  add(pattern) {
    if (this.prog) throw new RE2JSCompileException("Cannot add patterns after compile");
    Utils.checkPattern(pattern);
    let fregex = pattern;
    if ((this.jsFlags & PublicFlags.CASE_INSENSITIVE) !== 0) fregex = `(?i)${fregex}`;
    if ((this.jsFlags & PublicFlags.DOTALL) !== 0) fregex = `(?s)${fregex}`;
    if ((this.jsFlags & PublicFlags.MULTILINE) !== 0) fregex = `(?m)${fregex}`;
    const re = Parser.parse(fregex, this.re2Flags);
    this.regexps.push(Simplify.simplify(re));
    return this.regexps.length - 1;
  }
  /**
  * Compiles the added patterns into a single state machine.
  * This is automatically called on the first match if not called explicitly.
  * @returns {void}
  */
  compile() {
    if (this.prog) return;
    const prog = Compiler.compileSet(this.regexps);
    if (prog.numInst() > Parser.MAX_SIZE) throw new RE2JSCompileException(`${Parser.ERR_LARGE}: the set compiles to ${prog.numInst()} instructions, more than ${Parser.MAX_SIZE}`);
    this.prog = prog;
    this.dfa = new DFA(this.prog, this.maxMem);
    this.dummyRe2 = {
      prog: this.prog,
      cond: this.prog.startCond(),
      prefix: "",
      prefixRune: 0,
      longest: false
    };
  }
  /**
  * Matches the input against the compiled set of regular expressions.
  * @param {string|number[]|Uint8Array} input - The input string or UTF-8 byte array to match against.
  * @returns {number[]} An array of indices representing the patterns that successfully matched the input.
  */
  match(input) {
    if (!this.prog) this.compile();
    const machineInput = Utils.isByteArray(input) ? MachineInput.fromUTF8(input) : MachineInput.fromUTF16(input);
    let internalAnchor = RE2Flags.UNANCHORED;
    if (this.anchor === RE2Set2.ANCHOR_START) internalAnchor = RE2Flags.ANCHOR_START;
    else if (this.anchor === RE2Set2.ANCHOR_BOTH) internalAnchor = RE2Flags.ANCHOR_BOTH;
    const dfaResult = this.dfa.matchSet(machineInput, 0, internalAnchor);
    if (dfaResult !== null) return dfaResult;
    const machine = Machine.fromRE2(this.dummyRe2);
    machine.init(0);
    return machine.matchSet(machineInput, 0, internalAnchor);
  }
};
var TranslateRegExpString = class TranslateRegExpString2 {
  static isHexadecimal(ch) {
    return "0" <= ch && ch <= "9" || "A" <= ch && ch <= "F" || "a" <= ch && ch <= "f";
  }
  static translate(data) {
    let prefixFlags = "";
    if (Object.prototype.toString.call(data) === "[object RegExp]") {
      if (data.ignoreCase) prefixFlags += "i";
      if (data.multiline) prefixFlags += "m";
      if (data.dotAll) prefixFlags += "s";
      data = data.source;
    }
    if (typeof data !== "string") return data;
    let result = "";
    let changed = false;
    let size = data.length;
    if (size === 0) {
      result = "(?:)";
      changed = true;
    }
    let inCharClass = false;
    let i = 0;
    while (i < size) {
      let ch = data[i];
      if (ch === "\\") {
        if (i + 1 < size) {
          ch = data[i + 1];
          switch (ch) {
            case "\\":
              result += "\\\\";
              i += 2;
              continue;
            case "c":
              if (i + 2 < size) {
                let code = data[i + 2].charCodeAt(0);
                if (code >= 65 && code <= 90 || code >= 97 && code <= 122) {
                  let val = code % 32;
                  result += "\\x";
                  result += (val >> 4).toString(16).toUpperCase();
                  result += (val & 15).toString(16).toUpperCase();
                  i += 3;
                  changed = true;
                  continue;
                }
              }
              result += "c";
              i += 2;
              changed = true;
              continue;
            case "u":
              if (i + 2 < size) {
                if (data[i + 2] === "{") {
                  let j = i + 3;
                  let hasHex = false;
                  let closed = false;
                  while (j < size) {
                    const hexChar = data[j];
                    if (hexChar === "}") {
                      closed = true;
                      break;
                    }
                    if (!TranslateRegExpString2.isHexadecimal(hexChar)) break;
                    hasHex = true;
                    j++;
                  }
                  if (closed && hasHex) {
                    result += "\\x";
                    i += 2;
                    changed = true;
                    continue;
                  }
                } else if (i + 5 < size) {
                  let isHex4 = true;
                  for (let j = 0; j < 4; j++) if (!TranslateRegExpString2.isHexadecimal(data[i + 2 + j])) {
                    isHex4 = false;
                    break;
                  }
                  if (isHex4) {
                    result += "\\x{" + data.substring(i + 2, i + 6) + "}";
                    i += 6;
                    changed = true;
                    continue;
                  }
                }
              }
              result += "u";
              i += 2;
              changed = true;
              continue;
            case "x": {
              let isValidHex = false;
              if (i + 2 < size && data[i + 2] === "{") {
                let j = i + 3;
                let hasHex = false;
                let closed = false;
                while (j < size) {
                  const hexChar = data[j];
                  if (hexChar === "}") {
                    closed = true;
                    break;
                  }
                  if (!TranslateRegExpString2.isHexadecimal(hexChar)) break;
                  hasHex = true;
                  j++;
                }
                if (closed && hasHex) isValidHex = true;
              } else if (i + 3 < size && TranslateRegExpString2.isHexadecimal(data[i + 2]) && TranslateRegExpString2.isHexadecimal(data[i + 3])) isValidHex = true;
              if (isValidHex) {
                result += "\\x";
                i += 2;
              } else {
                result += "x";
                i += 2;
                changed = true;
              }
              continue;
            }
            case "n":
            case "r":
            case "t":
            case "a":
            case "f":
            case "v":
            case "d":
            case "D":
            case "s":
            case "S":
            case "w":
            case "W":
            case "b":
            case "B":
            case "p":
            case "P":
            case "A":
            case "z":
            case "Q":
            case "E":
            case "0":
            case "1":
            case "2":
            case "3":
            case "4":
            case "5":
            case "6":
            case "7":
              result += "\\" + ch;
              i += 2;
              continue;
            default: {
              let cp2 = data.codePointAt(i + 1);
              if (cp2 >= 48 && cp2 <= 57 || cp2 >= 65 && cp2 <= 90 || cp2 >= 97 && cp2 <= 122) {
                let symSize2 = Utils.charCount(cp2);
                result += data.substring(i + 1, i + 1 + symSize2);
                i += symSize2 + 1;
                changed = true;
              } else {
                result += "\\";
                let symSize2 = Utils.charCount(cp2);
                result += data.substring(i + 1, i + 1 + symSize2);
                i += symSize2 + 1;
              }
              continue;
            }
          }
        }
      } else if (ch === "/") {
        result += "\\/";
        i += 1;
        changed = true;
        continue;
      } else if (ch === "[") {
        if (!inCharClass && data[i + 1] === "]") {
          result += "[^\\x00-\\x{10FFFF}]";
          i += 2;
          changed = true;
          continue;
        }
        if (!inCharClass && data[i + 1] === "^" && data[i + 2] === "]") {
          result += "[\\x00-\\x{10FFFF}]";
          i += 3;
          changed = true;
          continue;
        }
        inCharClass = true;
      } else if (ch === "]") inCharClass = false;
      else if (!inCharClass && ch === "(" && i + 2 < size && data[i + 1] === "?" && data[i + 2] === "<") {
        if (i + 3 < size && !"=!>)".includes(data[i + 3])) {
          result += "(?P<";
          i += 3;
          changed = true;
          continue;
        }
      }
      let cp = data.codePointAt(i);
      let symSize = Utils.charCount(cp);
      result += data.substring(i, i + symSize);
      i += symSize;
    }
    const finalResult = changed ? result : data;
    if (prefixFlags.length > 0) return `(?${prefixFlags})${finalResult}`;
    return finalResult;
  }
};
var execResult = (m, input) => {
  const result = m.matchArray();
  result.index = m.start(0);
  result.input = input;
  result.groups = m.namedGroupsObject();
  return result;
};
var RE2JS = class RE2JS2 {
  /**
  * Flag: case insensitive matching.
  */
  static CASE_INSENSITIVE = PublicFlags.CASE_INSENSITIVE;
  /**
  * Flag: dot ({@code .}) matches all characters, including newline.
  */
  static DOTALL = PublicFlags.DOTALL;
  /**
  * Flag: multiline matching: {@code ^} and {@code $} match at beginning and end of line, not just
  * beginning and end of input.
  */
  static MULTILINE = PublicFlags.MULTILINE;
  /**
  * Flag: Unicode groups (e.g. {@code \p\ Greek\} ) will be syntax errors.
  */
  static DISABLE_UNICODE_GROUPS = PublicFlags.DISABLE_UNICODE_GROUPS;
  /**
  * Flag: matches longest possible string.
  */
  static LONGEST_MATCH = PublicFlags.LONGEST_MATCH;
  /**
  * Flag: enable linear-time captureless lookbehinds.
  */
  static LOOKBEHINDS = PublicFlags.LOOKBEHINDS;
  /**
  * Returns a literal pattern string for the specified string.
  *
  * This method produces a string that can be used to create a <code>RE2JS</code> that would
  * match the string <code>s</code> as if it were a literal pattern.
  *
  * Metacharacters or escape sequences in the input sequence will be given no special meaning.
  *
  * @param {string} str The string to be literalized
  * @returns {string} A literal string replacement
  */
  static quote(str) {
    return Utils.quoteMeta(str);
  }
  /**
  * Quotes '\' and '$' in {@code str}, so that the returned string could be used in
  * replacement methods as a literal replacement of {@code str}.
  *
  * This is a convenience delegation to {@link Matcher.quoteReplacement}.
  *
  * @param {string} str the string to be quoted
  * @param {boolean} [javaMode=false] whether the replacement will be used in javaMode
  * @returns {string} the quoted string
  */
  static quoteReplacement(str, javaMode = false) {
    return Matcher.quoteReplacement(str, javaMode);
  }
  /**
  * Translates a given regular expression string to ensure compatibility with RE2JS.
  *
  * This function preprocesses the input regex string by applying necessary transformations,
  * such as escaping special characters (e.g., `/`), converting named capture groups to
  * RE2JS-compatible syntax, and handling Unicode sequences properly. It ensures that the
  * resulting regex is safe and properly formatted before compilation.
  *
  * @param {string|RegExp} expr - The regular expression string to be translated.
  * @returns {string} - The transformed regular expression string, ready for compilation.
  */
  static translateRegExp(expr) {
    return TranslateRegExpString.translate(expr);
  }
  /**
  * Helper: create new RE2JS with given regex and flags. Flregex is the regex with flags applied.
  * @param {string} regex
  * @param {number} [flags=0]
  * @returns {RE2JS}
  */
  static compile(regex, flags = 0) {
    Utils.checkPattern(regex);
    Utils.checkFlags(flags);
    let fregex = regex;
    if ((flags & RE2JS2.CASE_INSENSITIVE) !== 0) fregex = `(?i)${fregex}`;
    if ((flags & RE2JS2.DOTALL) !== 0) fregex = `(?s)${fregex}`;
    if ((flags & RE2JS2.MULTILINE) !== 0) fregex = `(?m)${fregex}`;
    let re2Flags = RE2Flags.PERL;
    if ((flags & RE2JS2.DISABLE_UNICODE_GROUPS) !== 0) re2Flags &= ~RE2Flags.UNICODE_GROUPS;
    if ((flags & RE2JS2.LOOKBEHINDS) !== 0) re2Flags |= RE2Flags.LOOKBEHIND;
    const p = new RE2JS2(regex, flags);
    p.re2Input = RE2.compileImpl(fregex, re2Flags, (flags & RE2JS2.LONGEST_MATCH) !== 0);
    return p;
  }
  /**
  * Matches a string against a regular expression.
  *
  * @param {string} regex the regular expression
  * @param {string|number[]|Uint8Array} input the input
  * @returns {boolean} true if the regular expression matches the entire input
  * @throws RE2JSSyntaxException if the regular expression is malformed
  */
  static matches(regex, input) {
    return RE2JS2.compile(regex).testExact(input);
  }
  /**
  * This is visible for testing.
  * @private
  */
  static initTest(pattern, flags, re2) {
    if (pattern == null) throw new Error("pattern is null");
    if (re2 == null) throw new Error("re2 is null");
    const p = new RE2JS2(pattern, flags);
    p.re2Input = re2;
    return p;
  }
  /**
  *
  * @param {string} pattern
  * @param {number} flags
  */
  constructor(pattern, flags) {
    this.patternInput = pattern;
    this.flagsInput = flags;
    this.re2Input = null;
  }
  /**
  * Releases memory used by internal caches associated with this pattern. Does not change the
  * observable behaviour. Useful for tests that detect memory leaks via allocation tracking.
  */
  reset() {
    this.re2Input.reset();
  }
  /**
  * Returns the flags used in the constructor.
  * @returns {number}
  */
  flags() {
    return this.flagsInput;
  }
  /**
  * Returns the pattern used in the constructor.
  * @returns {string}
  */
  pattern() {
    return this.patternInput;
  }
  re2() {
    return this.re2Input;
  }
  /**
  * Matches a string against a regular expression.
  *
  * @param {string|number[]|Uint8Array} input the input
  * @returns {boolean} true if the regular expression matches the entire input
  */
  matches(input) {
    return this.testExact(input);
  }
  /**
  * Creates a new {@code Matcher} matching the pattern against the input.
  *
  * @param {string|number[]|Uint8Array|MatcherInputBase} input the input string
  * @returns {Matcher}
  */
  matcher(input) {
    if (Utils.isByteArray(input)) input = MatcherInput.utf8(input);
    return new Matcher(this, input);
  }
  /**
  * Tests whether the regular expression matches any part of the input string.
  * Performance Note: This method is highly optimized. Because it only returns
  * a boolean and does not extract capture groups, it bypasses the `Matcher` overhead
  * and guarantees execution on the high-speed DFA engine whenever possible.
  *
  * @param {string|number[]|Uint8Array} input - The input string or UTF-8 byte array to test against.
  * @returns {boolean} `true` if the pattern is found anywhere in the input, `false` otherwise.
  */
  test(input) {
    if (Utils.isByteArray(input)) return this.re2Input.matchUTF8(input);
    return this.re2Input.match(input);
  }
  /**
  * Tests whether the regular expression matches the ENTIRE input string.
  * * **Performance Note:** This operates identically to `.matches()`, but is significantly
  * faster because it does not request capture group data. By requesting 0 capture groups,
  * it securely routes execution through the DFA fast-path.
  *
  * @param {string|number[]|Uint8Array} input - The input string or UTF-8 byte array to test against.
  * @returns {boolean} `true` if the exact input string fully matches the pattern, `false` otherwise.
  */
  testExact(input) {
    const machineInput = Utils.isByteArray(input) ? MachineInput.fromUTF8(input) : MachineInput.fromUTF16(input);
    return this.re2Input.executeEngine(machineInput, 0, RE2Flags.ANCHOR_BOTH, 0) !== null;
  }
  /**
  * Executes a search for a match in a specified string.
  * Returns a result array, or null if no match is found.
  * The returned array perfectly mirrors standard JavaScript `RegExpExecArray`,
  * including `.index`, `.input`, and `.groups` properties.
  *
  * @param {string|number[]|Uint8Array} input the input string or byte array
  * @returns {Array|null} the match array with index, input, and groups properties, or null
  */
  exec(input) {
    const m = this.matcher(input);
    return m.find() ? execResult(m, input) : null;
  }
  /**
  * Splits input around instances of the regular expression. It returns an array giving the strings
  * that occur before, between, and after instances of the regular expression.
  *
  * If {@code limit <= 0}, there is no limit on the size of the returned array. If
  * {@code limit == 0}, empty strings that would occur at the end of the array are omitted. If
  * {@code limit > 0}, at most limit strings are returned. The final string contains the remainder
  * of the input, possibly including additional matches of the pattern.
  *
  * @param {string} input the input string to be split
  * @param {number} [limit=0] the limit
  * @returns {string[]} the split strings
  */
  split(input, limit = 0) {
    const m = this.matcher(input);
    const result = [];
    let emptiesSkipped = 0;
    let last = 0;
    while (m.find()) {
      if (last === 0 && m.end() === 0) {
        last = m.end();
        continue;
      }
      if (limit > 0 && result.length === limit - 1) break;
      if (last === m.start()) {
        if (limit === 0) {
          emptiesSkipped += 1;
          last = m.end();
          continue;
        }
      } else while (emptiesSkipped > 0) {
        result.push("");
        emptiesSkipped -= 1;
      }
      result.push(m.substring(last, m.start()));
      last = m.end();
    }
    if (limit === 0 && last !== m.inputLength()) {
      while (emptiesSkipped > 0) {
        result.push("");
        emptiesSkipped -= 1;
      }
      result.push(m.substring(last, m.inputLength()));
    }
    if (limit !== 0 || result.length === 0 && !(last === m.inputLength() && last > 0)) result.push(m.substring(last, m.inputLength()));
    return result;
  }
  /**
  * Returns an iterator of all results matching a string against the regular expression,
  * including capturing groups.
  *
  * @param {string|number[]|Uint8Array} input the input string or byte array
  * @returns {IterableIterator<RegExpMatchArray>}
  */
  *matchAll(input) {
    const m = this.matcher(input);
    while (m.find()) yield execResult(m, input);
  }
  /**
  *
  * @returns {string}
  */
  toString() {
    return this.patternInput;
  }
  /**
  * Returns the program size of this pattern.
  *
  * <p>
  * Similar to the C++ implementation, the program size is a very approximate measure of a regexp's
  * "cost". Larger numbers are more expensive than smaller numbers.
  * </p>
  *
  * @returns {number} the program size of this pattern
  */
  programSize() {
    return this.re2Input.numberOfInstructions();
  }
  /**
  * Returns the number of capturing groups in this matcher's pattern. Group zero denotes the entire
  * pattern and is excluded from this count.
  *
  * @returns {number} the number of capturing groups in this pattern
  */
  groupCount() {
    return this.re2Input.numberOfCapturingGroups();
  }
  /**
  * Return a map of the capturing groups in this matcher's pattern, where key is the name and value
  * is the index of the group in the pattern.
  * @returns {Record<string, number>}
  */
  namedGroups() {
    return this.re2Input.namedGroups;
  }
  /**
  *
  * @param {*} other
  * @returns {boolean}
  */
  equals(other) {
    if (this === other) return true;
    if (other === null || this.constructor !== other.constructor) return false;
    return this.flagsInput === other.flagsInput && this.patternInput === other.patternInput;
  }
};

// src/formats/go-regexp.ts
var cache = /* @__PURE__ */ new Map();
var MAX_CACHE = 512;
function compileGoRegexp(pattern) {
  const known = cache.get(pattern);
  if (known) return known;
  let compiled;
  try {
    const re = RE2JS.compile(pattern);
    compiled = { ok: true, test: (text) => re.test(text), full: (text) => re.testExact(text) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    compiled = { ok: false, error: message.replace(/^error parsing regexp: /, "") };
  }
  if (cache.size >= MAX_CACHE) cache.clear();
  cache.set(pattern, compiled);
  return compiled;
}

// src/core/model.ts
var RULE_IDS = [
  "canary/required",
  "canary/min-stages",
  "canary/initial-weight",
  "canary/step-increase",
  "canary/min-hold",
  "canary/analysis",
  "canary/bypass",
  "canary/regression",
  "rollback/missing",
  "rollback/automatic",
  "evidence/missing",
  "evidence/checks",
  "policy/changed",
  "manifest/invalid",
  "manifest/unsupported",
  "exemption/expired",
  "exemption/unused"
];

// src/formats/inline-exemptions.ts
var EXEMPT_ANNOTATION = "rollout-guard.dev/exempt";
var EXEMPT_REASON_ANNOTATION = "rollout-guard.dev/exempt-reason";
var EXEMPT_EXPIRES_ANNOTATION = "rollout-guard.dev/exempt-expires";
function readInlineExemption(doc) {
  const annotations = ["metadata", "annotations"];
  const rulesText = asString(path(doc.value, [...annotations, EXEMPT_ANNOTATION]));
  if (rulesText === void 0) return { diagnostics: [] };
  const line = doc.lineOf([...annotations, EXEMPT_ANNOTATION]);
  const reason = asString(path(doc.value, [...annotations, EXEMPT_REASON_ANNOTATION]));
  const expires = asString(path(doc.value, [...annotations, EXEMPT_EXPIRES_ANNOTATION]));
  const rules = rulesText.split(/[\s,]+/).map((r) => r.trim()).filter(Boolean);
  const problems = [];
  const unknown2 = rules.filter((r) => !RULE_IDS.includes(r));
  if (rules.length === 0) problems.push("names no rule");
  if (unknown2.length > 0) problems.push(`names unknown rule ids: ${unknown2.join(", ")}`);
  if (!reason || reason.trim().length < 10) problems.push(`needs a reason in ${EXEMPT_REASON_ANNOTATION}`);
  if (!expires || !/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(expires)) {
    problems.push(`needs an expiry date as YYYY-MM-DD in ${EXEMPT_EXPIRES_ANNOTATION}`);
  }
  if (problems.length > 0) {
    return {
      diagnostics: [
        {
          code: "MANIFEST_FIELD_INVALID",
          message: `the exemption annotation ${EXEMPT_ANNOTATION} ${problems.join("; ")}; it is not honoured`,
          file: doc.file,
          line
        }
      ]
    };
  }
  return { exemption: { rules, reason, expires, line }, diagnostics: [] };
}

// src/formats/traffic-match.ts
var EVERY_REQUEST = {
  host: ["shop.example.com", "api.example.com:8443", "localhost", "10.0.0.1"],
  ":authority": ["shop.example.com", "api.example.com:8443", "localhost", "10.0.0.1"],
  ":method": ["GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"],
  ":path": ["/", "/api/v1/orders?id=7", "/healthz", "/static/app.js"],
  ":scheme": ["http", "https"],
  "user-agent": [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
    "curl/8.4.0",
    "okhttp/4.12.0",
    "Go-http-client/1.1",
    "python-requests/2.31.0",
    "kube-probe/1.29"
  ],
  accept: ["*/*", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "application/json"],
  "x-request-id": ["2f1c4b0e-6a4d-4a57-9a4e-1f6b8c0d2e3a"],
  "x-forwarded-proto": ["http", "https"]
};
function matchesEveryone(header, value) {
  const samples = EVERY_REQUEST[header.toLowerCase()];
  if (samples === void 0) return false;
  if (value === void 0) return true;
  const tests = [];
  if (value.exact !== void 0) tests.push((text) => text === value.exact);
  if (value.prefix !== void 0) tests.push((text) => text.startsWith(value.prefix ?? ""));
  if (value.suffix !== void 0) tests.push((text) => text.endsWith(value.suffix ?? ""));
  if (value.regex !== void 0) {
    const compiled = compileGoRegexp(value.regex);
    if (!compiled.ok) return false;
    tests.push((text) => compiled.test(text));
  }
  if (tests.length === 0) return true;
  return samples.every((sample) => tests.every((test) => test(sample)));
}

// src/formats/argo-rollouts.ts
var argoRollouts = {
  id: "argo-rollouts",
  detect(doc) {
    const kind = asString(field(doc.value, "kind"));
    return isArgoApiVersion(doc.value) && kind !== void 0 && RECOGNISED_KINDS.has(kind);
  },
  toPlans(doc) {
    if (!isArgoApiVersion(doc.value) || asString(field(doc.value, "kind")) !== "Rollout") {
      return { plans: [], diagnostics: [] };
    }
    return rolloutToPlans(doc, /* @__PURE__ */ new Map());
  },
  /**
   * The Rollouts of a file, read with the AnalysisTemplates the same file defines: which metrics a
   * dryRun rule covers is only known with the template in view.
   */
  combine(docs) {
    const templates = readTemplates(docs);
    const result = { plans: [], diagnostics: [] };
    for (const doc of docs) {
      if (asString(field(doc.value, "kind")) !== "Rollout") continue;
      const { plans, diagnostics } = rolloutToPlans(doc, templates);
      const inline = readInlineExemption(doc);
      const { exemption } = inline;
      result.plans.push(
        ...exemption ? plans.map((p) => ({ ...p, exemptions: [...p.exemptions ?? [], exemption] })) : plans
      );
      result.diagnostics.push(...diagnostics, ...inline.diagnostics);
    }
    return result;
  }
};
function readTemplates(docs) {
  const templates = /* @__PURE__ */ new Map();
  for (const doc of docs) {
    const kind = asString(field(doc.value, "kind"));
    const name = asString(path(doc.value, ["metadata", "name"]));
    if (kind !== "AnalysisTemplate" && kind !== "ClusterAnalysisTemplate" || name === void 0) continue;
    const metrics = (asArray(path(doc.value, ["spec", "metrics"])) ?? []).flatMap((metric) => {
      const metricName = asString(field(metric, "name"));
      return metricName === void 0 ? [] : [metricName];
    });
    const dryRun = (asArray(path(doc.value, ["spec", "dryRun"])) ?? []).flatMap((rule) => {
      const pattern = asString(field(rule, "metricName"));
      return pattern === void 0 ? [] : [pattern];
    });
    templates.set(`${kind}/${name}`, {
      metrics,
      dryRun,
      namespace: asString(path(doc.value, ["metadata", "namespace"]))
    });
  }
  return templates;
}
var API_GROUP = "argoproj.io/";
var RECOGNISED_KINDS = /* @__PURE__ */ new Set([
  "Rollout",
  "AnalysisTemplate",
  "ClusterAnalysisTemplate",
  "Experiment",
  "AnalysisRun"
]);
var SPEC = ["spec"];
var STRATEGY = ["spec", "strategy"];
var CANARY = ["spec", "strategy", "canary"];
var BLUE_GREEN = ["spec", "strategy", "blueGreen"];
var STEPS = ["spec", "strategy", "canary", "steps"];
var MANUAL_ABORT_ONLY = "manual abort only";
function isArgoApiVersion(value) {
  return asString(field(value, "apiVersion"))?.startsWith(API_GROUP) ?? false;
}
function rolloutToPlans(doc, templates) {
  const ctx = {
    doc,
    diagnostics: [],
    notes: [],
    bypasses: [],
    aborts: [],
    templates,
    trafficRouting: path(doc.value, [...CANARY, "trafficRouting"])
  };
  const strategy = readStrategyKind(ctx);
  if (strategy === void 0) return { plans: [], diagnostics: ctx.diagnostics };
  const shape = strategy === "canary" ? readCanary(ctx) : readBlueGreen(ctx);
  readTopLevelSafety(ctx);
  const plan = {
    id: planId("argo-rollouts", "Rollout", doc),
    format: "argo-rollouts",
    file: doc.file,
    line: doc.lineOf(["kind"]),
    target: targetOf(doc),
    strategy: shape.strategy,
    stages: shape.stages,
    backgroundGates: shape.backgroundGates,
    rollback: rollbackOf(ctx),
    bypasses: ctx.bypasses,
    notes: ctx.notes
  };
  const delivers = readWorkloadRef(ctx);
  if (delivers) plan.delivers = delivers;
  return { plans: [plan], diagnostics: ctx.diagnostics };
}
function readStrategyKind(ctx) {
  const spec = field(ctx.doc.value, "spec");
  const strategy = path(ctx.doc.value, STRATEGY);
  if (spec !== void 0 && !isObject(spec)) {
    invalid(ctx, SPEC, `must be a map, got ${describeValue(spec)}`);
    return void 0;
  }
  if (strategy === void 0) {
    ctx.diagnostics.push({
      code: "MANIFEST_UNSUPPORTED",
      message: "Rollout has no spec.strategy (a patch or partial object?); its rollout cannot be judged from this document alone",
      file: ctx.doc.file,
      line: ctx.doc.lineOf(spec === void 0 ? ["kind"] : SPEC)
    });
    return void 0;
  }
  if (!isObject(strategy)) {
    invalid(ctx, STRATEGY, `must be a map holding canary or blueGreen, got ${describeValue(strategy)}`);
    return void 0;
  }
  const hasCanary = field(strategy, "canary") !== void 0;
  const hasBlueGreen = field(strategy, "blueGreen") !== void 0;
  if (hasCanary && hasBlueGreen) {
    invalid(ctx, STRATEGY, "holds both canary and blueGreen; Argo Rollouts accepts exactly one");
    return void 0;
  }
  if (!hasCanary && !hasBlueGreen) {
    invalid(ctx, STRATEGY, "holds neither canary nor blueGreen; Argo Rollouts needs exactly one");
    return void 0;
  }
  return hasCanary ? "canary" : "blueGreen";
}
function readCanary(ctx) {
  const canary2 = objectAt(ctx, CANARY);
  const maxWeight = readMaxTrafficWeight(ctx, canary2);
  const steps = readSteps(ctx);
  const backgroundGates = readBackgroundAnalysis(ctx, steps.length);
  if (steps.length === 0) {
    ctx.notes.push("spec.strategy.canary has no steps: Argo Rollouts does a plain rolling update");
    return {
      strategy: "rolling",
      stages: [{ weight: 100, hold: 0, gates: [], line: ctx.doc.lineOf(CANARY) }],
      backgroundGates
    };
  }
  if (field(canary2, "trafficRouting") === void 0) readBasicCanaryScale(ctx, canary2);
  const builder = new StageBuilder();
  steps.forEach((step, index) => readStep(ctx, builder, step, index, maxWeight));
  return { strategy: "canary", stages: builder.finish(ctx.doc.lineOf(STEPS)), backgroundGates };
}
function readBasicCanaryScale(ctx, canary2) {
  const at = [...SPEC, "replicas"];
  const raw = path(ctx.doc.value, at);
  if (raw === void 0 || raw === null) {
    ctx.notes.push(
      "weights approximate replica counts (no trafficRouting), and spec.replicas is not set: with Argo's default of 1 replica any setWeight from 1 to 99 is 1 pod of 2, half of the traffic; weights are shown as written"
    );
    return;
  }
  if (typeof raw !== "number" || !Number.isInteger(raw) || raw < 0) {
    invalid(
      ctx,
      at,
      `must be a whole number of replicas, got ${describeValue(raw)}; weights are shown as written`
    );
    return;
  }
  if (raw === 0) {
    ctx.notes.push("spec.replicas is 0: no pod runs either version");
    return;
  }
  const surge = readMaxSurge(ctx, canary2, raw);
  ctx.replicaWeight = (weight) => {
    const { canaryPods, stablePods } = basicCanaryPods(raw, weight, surge);
    return canaryPods + stablePods === 0 ? 0 : canaryPods * 100 / (canaryPods + stablePods);
  };
  ctx.notes.push(
    `weights are shares of pods (no trafficRouting): ${raw} replica${raw === 1 ? "" : "s"}, maxSurge ${surge}; each stage shows the share of pods the canary gets`
  );
}
function readMaxSurge(ctx, canary2, replicas) {
  const raw = field(canary2, "maxSurge") ?? "25";
  if (typeof raw === "number" && Number.isInteger(raw) && raw >= 0) return raw;
  const text = typeof raw === "string" ? raw.replace(/%/g, "") : void 0;
  if (text !== void 0 && /^\d+$/.test(text)) return Math.ceil(Number(text) * replicas / 100);
  invalid(
    ctx,
    [...CANARY, "maxSurge"],
    `must be a number of pods or a percentage, got ${describeValue(raw)}; read as 25%`
  );
  return Math.ceil(25 * replicas / 100);
}
function basicCanaryPods(replicas, weight, maxSurge) {
  if (replicas === 0) return { canaryPods: 0, stablePods: 0 };
  const exact = replicas * weight / 100;
  const ceil = Math.ceil(exact);
  const floor = Math.floor(exact);
  const tied = (total) => total * weight / 100 % 1 === 0.5;
  const zeroAllowed = weight === 100 || weight === 0 || replicas === 1 && maxSurge === 0;
  const options = [];
  if (ceil < replicas || zeroAllowed) options.push({ canary: ceil, total: replicas });
  if (!tied(replicas) && (floor !== 0 || zeroAllowed)) options.push({ canary: floor, total: replicas });
  if (maxSurge > 0) {
    options.push({ canary: ceil, total: replicas + 1 });
    if (!tied(replicas + 1) && (floor !== 0 || zeroAllowed))
      options.push({ canary: floor, total: replicas + 1 });
  }
  const delta = (option) => Math.abs(option.canary * 100 / option.total - weight);
  let best = options[0];
  if (best === void 0) return { canaryPods: 0, stablePods: replicas };
  for (const option of options.slice(1)) if (delta(option) < delta(best)) best = option;
  return { canaryPods: best.canary, stablePods: best.total - best.canary };
}
function readSteps(ctx) {
  const raw = path(ctx.doc.value, STEPS);
  if (raw === void 0 || raw === null) return [];
  const steps = asArray(raw);
  if (steps === void 0) {
    invalid(ctx, STEPS, `must be a list of steps, got ${describeValue(raw)}; read as no steps`);
    return [];
  }
  return steps;
}
function readMaxTrafficWeight(ctx, canary2) {
  const at = [...CANARY, "trafficRouting", "maxTrafficWeight"];
  const raw = path(canary2, ["trafficRouting", "maxTrafficWeight"]);
  if (raw === void 0) return 100;
  if (typeof raw !== "number" || !Number.isInteger(raw) || raw <= 0) {
    invalid(ctx, at, `must be a positive whole number, got ${describeValue(raw)}; weights read out of 100`);
    return 100;
  }
  if (raw !== 100) {
    ctx.notes.push(`setWeight values are out of maxTrafficWeight ${raw}, shown here as percentages`);
  }
  return raw;
}
var STEP_READERS = {
  setWeight: readSetWeight,
  pause: readPause,
  analysis: readStepAnalysis,
  experiment: readExperimentStep,
  setCanaryScale: readSetCanaryScale,
  setHeaderRoute: readSetHeaderRoute,
  setMirrorRoute: readSetMirrorRoute,
  plugin: readPluginStep
};
var EXCLUSIVE_STEP_KINDS = ["setWeight", "pause", "experiment", "analysis"];
var STEP_ORDER = [
  "setWeight",
  "setCanaryScale",
  "setHeaderRoute",
  "setMirrorRoute",
  "plugin",
  "experiment",
  "analysis",
  "pause"
];
function readStep(ctx, builder, raw, index, maxWeight) {
  const at = [...STEPS, index];
  const step = asObject(raw);
  if (step === void 0) {
    invalid(
      ctx,
      at,
      `must be a map with a step kind (setWeight, pause, analysis, ...), got ${describeValue(raw)}`
    );
    return;
  }
  const kinds = Object.keys(step);
  const exclusive = kinds.filter((kind) => EXCLUSIVE_STEP_KINDS.includes(kind));
  if (exclusive.length > 1) {
    invalid(
      ctx,
      at,
      `has ${exclusive.map((k) => `\`${k}\``).join(", ")}: Argo Rollouts accepts at most one of setWeight, pause, experiment and analysis in a step and rejects the rollout; the step was ignored`
    );
    return;
  }
  const known = kinds.filter((kind) => STEP_ORDER.includes(kind));
  for (const kind of kinds.filter((k) => !STEP_ORDER.includes(k))) {
    ctx.notes.push(`${fieldPath(at)} has an unknown step kind \`${clip(kind)}\`; rollout-guard ignored it`);
  }
  if (known.length === 0) {
    if (kinds.length === 0) invalid(ctx, at, "has no step kind; Argo Rollouts rejects the rollout");
    return;
  }
  builder.beginStep();
  for (const kind of STEP_ORDER.filter((k) => known.includes(k))) {
    const reader = STEP_READERS[kind];
    if (reader) reader(ctx, builder, [...at, kind], field(step, kind), maxWeight);
  }
  builder.endStep();
}
function readSetWeight(ctx, builder, at, value, maxWeight) {
  if (typeof value === "string") {
    invalid(ctx, at, `must be a number, not the string "${clip(value)}": Kubernetes rejects it`);
    return;
  }
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0 || value > maxWeight) {
    invalid(ctx, at, `must be a whole number from 0 to ${maxWeight}, got ${describeValue(value)}`);
    return;
  }
  const share = value * 100 / maxWeight;
  const effective = ctx.replicaWeight ? ctx.replicaWeight(share) : share;
  if (effective !== share) {
    ctx.notes.push(
      `${fieldPath(at)} ${value} is ${formatShare(effective)} of the pods, and so of the traffic, after Argo rounds to whole pods`
    );
  }
  builder.raiseTo(effective, ctx.doc.lineOf(at));
}
function formatShare(weight) {
  return `${Number.isInteger(weight) ? weight : weight.toFixed(1)}%`;
}
function readPause(ctx, builder, at, value) {
  if (!isObject(value)) {
    invalid(
      ctx,
      at,
      `must be a map: {} waits for a person, {duration: 10m} waits a while; got ${describeValue(value)}`
    );
    return;
  }
  const duration = field(value, "duration");
  if (duration === void 0 || duration === null) {
    builder.hold("manual", ctx.doc.lineOf(at));
    return;
  }
  const seconds = argoDurationSeconds(duration, false);
  if (seconds === void 0) {
    invalid(
      ctx,
      [...at, "duration"],
      `must be seconds or a duration like 30s, 10m or 1h, got ${describeValue(duration)}`
    );
    return;
  }
  builder.hold(seconds, ctx.doc.lineOf(at));
}
function readStepAnalysis(ctx, builder, at, value) {
  const gate = readAnalysis(ctx, at, value);
  if (gate === void 0) return;
  builder.gate(gate);
  if (gate.effective) ctx.aborts.push({ how: "a failed analysis aborts the rollout", line: gate.line });
}
function readExperimentStep(ctx, builder, at, value) {
  if (!isObject(value)) {
    invalid(ctx, at, `must be a map with templates, duration and analyses, got ${describeValue(value)}`);
    return;
  }
  const extra = experimentTraffic(ctx, at, value);
  if (extra > 0) builder.experiment(extra, ctx.doc.lineOf(at));
  const duration = field(value, "duration");
  if (duration !== void 0 && duration !== null) {
    const seconds = argoDurationSeconds(duration, true);
    if (seconds === void 0) {
      invalid(ctx, [...at, "duration"], `must be a duration like 30s, 10m or 1h, got ${describeValue(duration)}`);
    } else {
      builder.hold(seconds, ctx.doc.lineOf(at));
    }
  }
  const analyses = field(value, "analyses");
  if (analyses === void 0 || analyses === null) return;
  const list = asArray(analyses);
  if (list === void 0) {
    invalid(ctx, [...at, "analyses"], `must be a list, got ${describeValue(analyses)}`);
    return;
  }
  const refs = list.flatMap((entry, index) => {
    const name = asString(field(entry, "templateName"));
    if (name === void 0 || name === "") {
      invalid(ctx, [...at, "analyses", index], "must name its AnalysisTemplate in templateName");
      return [];
    }
    return [{ name, cluster: field(entry, "clusterScope") === true }];
  });
  if (refs.length === 0) return;
  const effective = readDryRun(ctx, at, value, refs) !== "all";
  const gate = {
    kind: "analysis",
    name: refs.map((r) => r.name).join(", "),
    line: ctx.doc.lineOf(at),
    effective
  };
  builder.gate(gate);
  if (effective) ctx.aborts.push({ how: "a failed experiment analysis aborts the rollout", line: gate.line });
}
function experimentTraffic(ctx, at, experiment) {
  const templates = asArray(field(experiment, "templates")) ?? [];
  let extra = 0;
  templates.forEach((template, index) => {
    const weight = field(template, "weight");
    if (weight === void 0 || weight === null) return;
    const weightAt = [...at, "templates", index, "weight"];
    if (typeof weight !== "number" || !Number.isInteger(weight) || weight < 0 || weight > 100) {
      invalid(ctx, weightAt, `must be a whole percentage, got ${describeValue(weight)}`);
      return;
    }
    if (ctx.trafficRouting === void 0) {
      invalid(ctx, weightAt, "needs trafficRouting: Argo Rollouts rejects an experiment weight without it");
      return;
    }
    if (weight === 0) return;
    const name = asString(field(template, "name")) ?? "a template";
    const specRef = asString(field(template, "specRef"));
    if (specRef === "stable") {
      ctx.notes.push(
        `${fieldPath(at)} sends ${weight}% of traffic to its own ReplicaSet of the stable version (${clip(name)})`
      );
      return;
    }
    ctx.notes.push(
      `${fieldPath(at)} sends ${weight}% of traffic to its own ReplicaSet of the new version (${clip(name)})`
    );
    extra += weight;
  });
  return extra;
}
function readSetCanaryScale(ctx, _builder, at, value) {
  if (!isObject(value)) {
    invalid(ctx, at, `must be a map with replicas, weight or matchTrafficWeight, got ${describeValue(value)}`);
    return;
  }
  const replicas = field(value, "replicas");
  const weight = field(value, "weight");
  const scale = typeof replicas === "number" ? `${replicas} replica${replicas === 1 ? "" : "s"}` : typeof weight === "number" ? `${weight}% of replicas` : "the traffic weight";
  ctx.notes.push(`${fieldPath(at)} scales the canary to ${scale} without changing its traffic`);
}
function readSetHeaderRoute(ctx, builder, at, value) {
  if (!isObject(value)) {
    invalid(ctx, at, `must be a map with name and match, got ${describeValue(value)}`);
    return;
  }
  const match = field(value, "match");
  if (match === void 0 || match === null || Array.isArray(match) && match.length === 0) {
    builder.endSegment();
    return;
  }
  const list = asArray(match);
  if (list === void 0) {
    invalid(ctx, [...at, "match"], `must be a list of header matches, got ${describeValue(match)}`);
    return;
  }
  const alb = isObject(field(ctx.trafficRouting, "alb"));
  const matches = list.flatMap((item, index) => readHeaderMatch(ctx, [...at, "match", index], item, alb));
  if (matches.length === 0) return;
  const everyone = alb ? matches.every((m) => matchesEveryone(m.header, m.value)) : matches.some((m) => matchesEveryone(m.header, m.value));
  if (everyone) {
    ctx.notes.push(
      `${fieldPath(at)} matches a header every request carries, on any value: the header route sends all traffic to the canary`
    );
    builder.routeEveryone(ctx.doc.lineOf(at));
    return;
  }
  builder.routeSegment(
    `header ${matches.map((m) => m.text).join(alb ? " and " : " or ")}`,
    ctx.doc.lineOf(at)
  );
}
function readHeaderMatch(ctx, at, item, alb) {
  const header = asString(field(item, "headerName"));
  if (header === void 0 || header === "") {
    invalid(ctx, at, "must name a header in headerName");
    return [];
  }
  const raw = field(item, "headerValue");
  const value = {};
  for (const key of ["exact", "regex", "prefix"]) {
    const text2 = asString(field(raw, key));
    if (text2 !== void 0 && text2 !== "") value[key] = text2;
  }
  const keys = Object.keys(value);
  if (keys.length !== 1) {
    invalid(
      ctx,
      [...at, "headerValue"],
      keys.length === 0 ? "needs one non-empty exact, regex or prefix: Argo Rollouts rejects the rollout" : "has more than one of exact, regex and prefix: Argo Rollouts rejects the rollout"
    );
    return [{ header, value: void 0, text: clip(header) }];
  }
  if (alb && value.exact === void 0) {
    invalid(
      ctx,
      [...at, "headerValue"],
      "must be exact with ALB traffic routing: Argo Rollouts rejects the rollout"
    );
  }
  if (value.regex !== void 0) {
    const compiled = compileGoRegexp(value.regex);
    if (!compiled.ok) {
      invalid(
        ctx,
        [...at, "headerValue", "regex"],
        `is not a regular expression Go accepts (${clip(compiled.error)})`
      );
    }
  }
  const text = value.exact !== void 0 ? `${clip(header)}=${clip(value.exact)}` : value.prefix !== void 0 ? `${clip(header)}=${clip(value.prefix)}*` : `${clip(header)}~${clip(value.regex ?? "")}`;
  return [{ header, value, text }];
}
function readSetMirrorRoute(ctx, _builder, at, value) {
  if (!isObject(value)) {
    invalid(ctx, at, `must be a map with name, match and percentage, got ${describeValue(value)}`);
    return;
  }
  const percentage = field(value, "percentage");
  const share = typeof percentage === "number" ? `${percentage}%` : "all";
  const removes = field(value, "match") === void 0;
  ctx.notes.push(
    removes ? `${fieldPath(at)} removes a mirror route` : `${fieldPath(at)} mirrors ${share} of matching traffic to the canary; mirrored responses never reach users`
  );
}
function readPluginStep(ctx, _builder, at, value) {
  const name = asString(field(value, "name"));
  ctx.notes.push(
    `${fieldPath(at)} runs the step plugin ${name ? `\`${clip(name)}\`` : "(unnamed)"}; rollout-guard cannot tell what it does`
  );
}
function readBackgroundAnalysis(ctx, stepCount) {
  const at = [...CANARY, "analysis"];
  const value = path(ctx.doc.value, at);
  if (value === void 0 || value === null) return [];
  const gate = readAnalysis(ctx, at, value);
  if (gate === void 0) return [];
  const startingStep = field(value, "startingStep");
  if (startingStep !== void 0) {
    if (typeof startingStep !== "number" || !Number.isInteger(startingStep) || startingStep < 0) {
      invalid(ctx, [...at, "startingStep"], `must be a whole number of steps, got ${describeValue(startingStep)}`);
    } else if (stepCount > 0 && startingStep >= stepCount) {
      ctx.notes.push(`background analysis never runs: startingStep ${startingStep} is past the last step`);
      gate.effective = false;
    } else if (startingStep > 0) {
      ctx.notes.push(
        `background analysis starts at steps[${startingStep}]; the steps before it run without it`
      );
    }
  }
  if (gate.effective) {
    ctx.aborts.push({ how: "a failed background analysis aborts the rollout", line: gate.line });
  }
  return [gate];
}
function readBlueGreen(ctx) {
  const blueGreen = objectAt(ctx, BLUE_GREEN);
  const preview = previewStage(ctx, blueGreen);
  const promoted = { weight: 100, hold: 0, gates: [], line: ctx.doc.lineOf(BLUE_GREEN) };
  const pre = readPromotionAnalysis(
    ctx,
    "prePromotionAnalysis",
    "a failed pre-promotion analysis aborts the rollout"
  );
  if (pre) preview.gates.push(pre);
  const post = readPromotionAnalysis(
    ctx,
    "postPromotionAnalysis",
    "a failed post-promotion analysis aborts the rollout and switches traffic back"
  );
  if (post) promoted.gates.push(post);
  if (preview.hold === 0 && preview.gates.length === 0) {
    const why = field(blueGreen, "autoPromotionEnabled") === true ? "autoPromotionEnabled: true" : "autoPromotionEnabled defaults to true";
    ctx.notes.push(`traffic switches to the new version as soon as its pods are ready (${why})`);
  }
  return { strategy: "blue-green", stages: [preview, promoted], backgroundGates: [] };
}
function previewStage(ctx, blueGreen) {
  const enabledAt = [...BLUE_GREEN, "autoPromotionEnabled"];
  const secondsAt = [...BLUE_GREEN, "autoPromotionSeconds"];
  const enabled = field(blueGreen, "autoPromotionEnabled");
  const seconds = field(blueGreen, "autoPromotionSeconds");
  if (enabled !== void 0 && asBoolean(enabled) === void 0) {
    invalid(ctx, enabledAt, `must be true or false, got ${describeValue(enabled)}; read as the default, true`);
  }
  if (enabled === false) {
    if (seconds !== void 0) {
      ctx.notes.push("autoPromotionSeconds is ignored because autoPromotionEnabled is false");
    }
    return { weight: 0, hold: "manual", gates: [], line: ctx.doc.lineOf(enabledAt) };
  }
  if (seconds !== void 0) {
    if (typeof seconds !== "number" || !Number.isInteger(seconds) || seconds < 0) {
      invalid(ctx, secondsAt, `must be a whole number of seconds, got ${describeValue(seconds)}`);
    } else {
      return { weight: 0, hold: seconds, gates: [], line: ctx.doc.lineOf(secondsAt) };
    }
  }
  return { weight: 0, hold: 0, gates: [], line: ctx.doc.lineOf(BLUE_GREEN) };
}
function readPromotionAnalysis(ctx, key, how) {
  const at = [...BLUE_GREEN, key];
  const value = path(ctx.doc.value, at);
  if (value === void 0 || value === null) return void 0;
  const gate = readAnalysis(ctx, at, value);
  if (gate?.effective) ctx.aborts.push({ how, line: gate.line });
  return gate;
}
function readAnalysis(ctx, at, value) {
  if (!isObject(value)) {
    invalid(ctx, at, `must be a map with templates, got ${describeValue(value)}`);
    return void 0;
  }
  const refs = [...templateRefs(ctx, at, value), ...deprecatedTemplateName(ctx, at, value)];
  if (refs.length === 0) {
    invalid(ctx, at, "names no AnalysisTemplate (templates: [{templateName: ...}]); it was ignored");
    return void 0;
  }
  const effective = readDryRun(ctx, at, value, refs) !== "all";
  return { kind: "analysis", name: refs.map((r) => r.name).join(", "), line: ctx.doc.lineOf(at), effective };
}
function templateRefs(ctx, at, analysis) {
  const raw = field(analysis, "templates");
  if (raw === void 0 || raw === null) return [];
  const templates = asArray(raw);
  if (templates === void 0) {
    invalid(ctx, [...at, "templates"], `must be a list of {templateName: ...}, got ${describeValue(raw)}`);
    return [];
  }
  return templates.flatMap((template, index) => {
    const name = asString(field(template, "templateName"));
    if (name === void 0 || name === "") {
      invalid(ctx, [...at, "templates", index], "must name its AnalysisTemplate in templateName");
      return [];
    }
    return [{ name, cluster: field(template, "clusterScope") === true }];
  });
}
function deprecatedTemplateName(ctx, at, analysis) {
  const raw = field(analysis, "templateName");
  if (raw === void 0) return [];
  const name = asString(raw);
  if (name === void 0 || name === "") {
    invalid(ctx, [...at, "templateName"], `must be a template name, got ${describeValue(raw)}`);
    return [];
  }
  ctx.notes.push(
    `${fieldPath(at)}.templateName is the deprecated singular form; Argo Rollouts 1.0 and later expect templates: [{templateName: ${clip(name)}}]`
  );
  return [{ name, cluster: false }];
}
function templateOf(ctx, ref) {
  const template = ctx.templates.get(
    `${ref.cluster ? "ClusterAnalysisTemplate" : "AnalysisTemplate"}/${ref.name}`
  );
  if (template === void 0 || ref.cluster) return template;
  const namespace = asString(path(ctx.doc.value, ["metadata", "namespace"]));
  return template.namespace === void 0 || template.namespace === namespace ? template : void 0;
}
function readDryRun(ctx, at, analysis, refs) {
  const dryRunAt = [...at, "dryRun"];
  const own = readPatterns(ctx, dryRunAt, field(analysis, "dryRun"));
  const retention = readPatterns(
    ctx,
    [...at, "measurementRetention"],
    field(analysis, "measurementRetention")
  );
  const seen = refs.map((ref) => ({ ref, template: templateOf(ctx, ref) }));
  const unseen = seen.filter((entry) => entry.template === void 0).map((entry) => entry.ref.name);
  const visible = seen.flatMap((entry) => entry.template ? [entry.template] : []);
  const patterns = [
    ...own,
    ...visible.flatMap((t) => t.dryRun.map((pattern) => compiledPattern(pattern, at)))
  ];
  const valid = patterns.filter((p) => p.ok);
  if (unseen.length === 0) {
    const metrics = visible.flatMap((t) => t.metrics);
    for (const rule of [...valid, ...retention.filter((r) => r.ok)]) {
      if (!metrics.some((metric) => rule.test(metric))) {
        invalid(
          ctx,
          rule.at,
          `metricName \`${clip(rule.pattern)}\` matches no metric of ${refs.map((r) => r.name).join(", ")}: Argo ends every AnalysisRun in Error, which aborts the rollout`
        );
      }
    }
    if (valid.length === 0) return "none";
    const live = metrics.filter((metric) => !valid.some((rule) => rule.test(metric)));
    const dry = metrics.filter((metric) => !live.includes(metric));
    if (live.length > 0) {
      if (dry.length > 0) {
        ctx.notes.push(
          `${fieldPath(dryRunAt)}: metrics ${dry.map((m) => `\`${clip(m)}\``).join(", ")} run in dry-run and cannot abort the rollout`
        );
      }
      return "some";
    }
    ctx.bypasses.push({
      field: fieldPath(dryRunAt),
      reason: `every metric of ${refs.map((r) => r.name).join(", ")} (${metrics.map((m) => clip(m)).join(", ") || "none"}) runs in dry-run: its result can never abort the rollout`,
      line: ctx.doc.lineOf(dryRunAt)
    });
    return "all";
  }
  if (valid.length === 0) {
    if (own.length === 0) {
      ctx.notes.push(
        `AnalysisTemplate ${unseen.map((n) => clip(n)).join(", ")} is not in this file: rollout-guard cannot see its metrics or its own dryRun`
      );
    }
    return "none";
  }
  const liveInView = visible.flatMap((t) => t.metrics).filter((metric) => !valid.some((rule) => rule.test(metric)));
  if (liveInView.length > 0) return "some";
  ctx.bypasses.push({
    field: fieldPath(dryRunAt),
    reason: `dry-run rule${valid.length === 1 ? "" : "s"} ${valid.map((r) => `\`${clip(r.pattern)}\``).join(", ")} may cover every metric of AnalysisTemplate ${unseen.map((n) => clip(n)).join(", ")}, which is not in this file: rollout-guard cannot see its metrics, so the analysis is not counted as able to abort the rollout (define the template in the same file to have it read)`,
    line: ctx.doc.lineOf(dryRunAt)
  });
  return "all";
}
function compiledPattern(pattern, at) {
  const compiled = compileGoRegexp(pattern);
  return compiled.ok ? { pattern, at, ok: true, test: (name) => compiled.test(name) } : { pattern, at, ok: false, test: () => false };
}
function readPatterns(ctx, at, raw) {
  if (raw === void 0 || raw === null) return [];
  const rules = asArray(raw);
  if (rules === void 0) {
    invalid(ctx, at, `must be a list of {metricName: ...}, got ${describeValue(raw)}`);
    return [];
  }
  const seen = /* @__PURE__ */ new Set();
  return rules.flatMap((rule, index) => {
    const ruleAt = [...at, index, "metricName"];
    const pattern = asString(field(rule, "metricName"));
    if (pattern === void 0) {
      invalid(ctx, [...at, index], "must have a metricName");
      return [];
    }
    if (seen.has(pattern)) {
      invalid(
        ctx,
        ruleAt,
        `repeats metricName \`${clip(pattern)}\`: Argo Rollouts rejects two rules with the same name`
      );
    }
    seen.add(pattern);
    const compiled = compileGoRegexp(pattern);
    if (!compiled.ok) {
      invalid(
        ctx,
        ruleAt,
        `is not a regular expression Go accepts (${clip(compiled.error)}): it matches no metric, so Argo ends every AnalysisRun of this analysis in Error, which aborts the rollout`
      );
    }
    return [compiledPattern(pattern, ruleAt)];
  });
}
function readTopLevelSafety(ctx) {
  const spec = field(ctx.doc.value, "spec");
  const abort = field(spec, "progressDeadlineAbort");
  if (abort !== void 0 && asBoolean(abort) === void 0) {
    invalid(ctx, [...SPEC, "progressDeadlineAbort"], `must be true or false, got ${describeValue(abort)}`);
  } else if (abort === true) {
    ctx.aborts.push({
      how: "progress deadline aborts",
      line: ctx.doc.lineOf([...SPEC, "progressDeadlineAbort"])
    });
  }
  const paused = field(spec, "paused");
  if (paused !== void 0 && asBoolean(paused) === void 0) {
    invalid(ctx, [...SPEC, "paused"], `must be true or false, got ${describeValue(paused)}`);
  } else if (paused === true) {
    ctx.notes.push("spec.paused: true: the rollout stays paused until someone resumes it");
  }
  readRollbackWindow(ctx, field(spec, "rollbackWindow"));
}
function readRollbackWindow(ctx, window) {
  const at = [...SPEC, "rollbackWindow"];
  if (window === void 0 || window === null) return;
  if (!isObject(window)) {
    invalid(ctx, at, `must be a map like {revisions: 3}, got ${describeValue(window)}`);
    return;
  }
  const revisions = field(window, "revisions");
  if (typeof revisions !== "number" || !Number.isInteger(revisions) || revisions < 0) {
    invalid(ctx, [...at, "revisions"], `must be a whole number of revisions, got ${describeValue(revisions)}`);
    return;
  }
  if (revisions === 0) return;
  ctx.bypasses.push({
    field: "spec.rollbackWindow",
    reason: `re-deploying one of the last ${revisions} revision${revisions === 1 ? "" : "s"} skips every step and analysis`,
    line: ctx.doc.lineOf(at)
  });
}
function readWorkloadRef(ctx) {
  const at = [...SPEC, "workloadRef"];
  const ref = path(ctx.doc.value, at);
  if (ref === void 0 || ref === null) return void 0;
  const kind = asString(field(ref, "kind"));
  const name = asString(field(ref, "name"));
  if (kind === void 0 || name === void 0 || kind === "" || name === "") {
    invalid(ctx, at, "must name the workload with kind and name");
    return void 0;
  }
  const namespace = asString(path(ctx.doc.value, ["metadata", "namespace"]));
  return namespace === void 0 ? { kind, name } : { kind, name, namespace };
}
function targetOf(doc) {
  const name = asString(path(doc.value, ["metadata", "name"])) ?? asString(path(doc.value, ["metadata", "generateName"]));
  const namespace = asString(path(doc.value, ["metadata", "namespace"]));
  const target = { kind: "Rollout", name: name ?? "" };
  if (namespace !== void 0) target.namespace = namespace;
  return target;
}
function rollbackOf(ctx) {
  if (ctx.aborts.length === 0) return { automatic: false, how: [MANUAL_ABORT_ONLY] };
  const how = [...new Set(ctx.aborts.map((abort) => abort.how))];
  const line = Math.min(...ctx.aborts.map((abort) => abort.line));
  return { automatic: true, how, line };
}
var StageBuilder = class {
  stages = [];
  open = { weight: 0, hold: 0, gates: [], line: void 0, explicit: false };
  /** The weight the last setWeight set (the canary's share without routes or experiments). */
  weight = 0;
  /** A header route in force: it stays until a setHeaderRoute without match removes it. */
  route;
  /** Set while an experiment step sends extra traffic: the stage to return to after the step. */
  afterStep = false;
  /** The exposure the current weight and route give: a route that matches everyone is 100%. */
  exposure() {
    if (this.route && "everyone" in this.route) return { weight: 100 };
    return { weight: this.weight, ...this.route ? { segment: this.route.segment } : {} };
  }
  beginStep() {
    this.afterStep = false;
  }
  endStep() {
    if (!this.afterStep) return;
    this.afterStep = false;
    this.start({ ...this.exposure(), hold: 0, gates: [], line: void 0, explicit: false });
  }
  raiseTo(weight, line) {
    this.weight = weight;
    this.start({ ...this.exposure(), hold: 0, gates: [], line, explicit: true });
  }
  routeSegment(segment, line) {
    this.route = { segment };
    this.start({ ...this.exposure(), hold: 0, gates: [], line, explicit: true });
  }
  routeEveryone(line) {
    this.route = { everyone: true };
    this.start({ ...this.exposure(), hold: 0, gates: [], line, explicit: true });
  }
  endSegment() {
    if (this.route === void 0) return;
    this.route = void 0;
    this.start({ ...this.exposure(), hold: 0, gates: [], line: void 0, explicit: false });
  }
  /** An experiment that sends `extra` percent to its own pods while its step runs. */
  experiment(extra, line) {
    const { weight, segment } = this.exposure();
    this.afterStep = true;
    this.start({
      weight: Math.min(100, weight + extra),
      hold: 0,
      gates: [],
      line,
      explicit: true,
      ...segment !== void 0 ? { segment } : {}
    });
  }
  hold(seconds, line) {
    const current = this.open.hold;
    this.open.hold = current === "manual" || seconds === "manual" ? "manual" : current + seconds;
    this.open.line ??= line;
  }
  gate(gate) {
    this.open.gates.push(gate);
    this.open.line ??= gate.line;
  }
  /** Closes the walk; Argo promotes to 100% after the last step, so a 100% stage always ends it. */
  finish(implicitFinalLine) {
    this.close();
    const last = this.stages[this.stages.length - 1];
    if (last === void 0 || last.weight !== 100 || last.segment !== void 0) {
      this.stages.push({ weight: 100, hold: 0, gates: [], line: implicitFinalLine });
    }
    return this.stages;
  }
  start(next) {
    this.close();
    this.open = next;
  }
  close() {
    const { weight, hold, gates, line, explicit, segment } = this.open;
    if (line === void 0 || !(explicit || hold !== 0 || gates.length > 0)) return;
    const stage = { weight, hold, gates, line };
    if (segment !== void 0) stage.segment = segment;
    this.stages.push(stage);
  }
};
function argoDurationSeconds(value, unitRequired) {
  if (typeof value === "number") {
    return !unitRequired && Number.isInteger(value) && value >= 0 ? value : void 0;
  }
  if (typeof value !== "string") return void 0;
  const text = value.trim();
  if (/^\d+$/.test(text)) return unitRequired ? void 0 : Number(text);
  if (!/^(?:\d+(?:\.\d+)?(?:ms|s|m|h))+$/.test(text)) return void 0;
  const seconds = parseDuration(text);
  return seconds === void 0 ? void 0 : Math.floor(seconds);
}
function objectAt(ctx, at) {
  const value = path(ctx.doc.value, at);
  if (isObject(value)) return value;
  const name = at[at.length - 1] ?? "";
  invalid(ctx, at, `must be a map, got ${describeValue(value)}; read as an empty ${name}`);
  return {};
}
function invalid(ctx, at, message) {
  ctx.diagnostics.push({
    code: "MANIFEST_FIELD_INVALID",
    message: `${fieldPath(at)} ${message}`,
    file: ctx.doc.file,
    line: ctx.doc.lineOf(at)
  });
}

// src/formats/aws-common.ts
function invalid2(reader, at, message) {
  reader.diagnostics.push({
    code: "MANIFEST_FIELD_INVALID",
    message: `${dotted(at)} ${message}`,
    file: reader.doc.file,
    line: reader.doc.lineOf(at)
  });
}
function dotted(at) {
  return at.reduce(
    (text, segment) => typeof segment === "number" ? `${text}[${segment}]` : text === "" ? segment : `${text}.${segment}`,
    ""
  );
}
function describe(value) {
  if (value === void 0) return "nothing";
  if (value === null) return "null";
  if (typeof value === "string") return `"${clip2(value)}" (a string)`;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return Array.isArray(value) ? "a list" : "a map";
}
function clip2(text, max = 60) {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
function named(name) {
  return name !== void 0 && name.trim() !== "" ? { name } : {};
}
function minutes(count) {
  return `${count} minute${count === 1 ? "" : "s"}`;
}
function readTemplate(value) {
  if (!isObject(value)) return void 0;
  const raw = field(value, "Resources");
  if (!isObject(raw)) return void 0;
  const resources = /* @__PURE__ */ new Map();
  for (const [id, resource] of Object.entries(raw)) {
    if (isObject(resource)) resources.set(id, resource);
  }
  return { value, resources };
}
function resourceType(resource) {
  return asString(field(resource, "Type"));
}
function isIntrinsic(value) {
  if (!isObject(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 1 && (keys[0] === "Ref" || (keys[0]?.startsWith("Fn::") ?? false));
}
var MAX_ALTERNATIVES = 32;
function alternativesOf(template, value) {
  return dedupe(resolve(template, value)).slice(0, MAX_ALTERNATIVES);
}
function resolve(template, value) {
  if (!isIntrinsic(value)) return [{ resolved: { kind: "value", value }, sources: [] }];
  const [key] = Object.keys(value);
  const argument = field(value, key ?? "");
  switch (key) {
    case "Ref":
      return resolveRef(template, argument);
    case "Fn::If":
      return resolveIf(template, argument);
    case "Fn::Sub":
      return resolveSub(template, argument);
    case "Fn::FindInMap":
      return resolveFindInMap(template, argument);
    case "Fn::GetAtt": {
      const id = Array.isArray(argument) ? asString(argument[0]) : asString(argument)?.split(".")[0];
      return [only(id !== void 0 && template.resources.has(id) ? { kind: "ref", id } : unknown(key))];
    }
    default:
      return [only(unknown(key ?? "an intrinsic function"))];
  }
}
function only(resolved, sources = []) {
  return { resolved, sources };
}
function unknown(what) {
  return { kind: "unknown", why: `${what} is only known at deploy time` };
}
function resolveRef(template, name) {
  if (typeof name !== "string") return [only(unknown("Ref"))];
  if (name === "AWS::NoValue") return [only({ kind: "none" })];
  if (name.startsWith("AWS::")) return [only(unknown(`pseudo parameter ${name}`))];
  if (template.resources.has(name)) return [only({ kind: "ref", id: name })];
  const parameter = field(field(template.value, "Parameters"), name);
  if (!isObject(parameter))
    return [only({ kind: "unknown", why: `${name} is not declared in the template` })];
  return parameterValues(name, parameter);
}
function parameterValues(name, parameter) {
  const fallback = field(parameter, "Default");
  const allowed = asArray(field(parameter, "AllowedValues")) ?? [];
  const values = [...fallback !== void 0 ? [fallback] : [], ...allowed];
  if (values.length === 0) {
    return [only({ kind: "unknown", why: `parameter ${name} has no Default or AllowedValues` })];
  }
  const shown = fallback !== void 0 ? `default ${scalarText(fallback)}` : "no default";
  const source = allowed.length > 0 ? `parameter ${name} (${shown}, allowed ${allowed.map(scalarText).join(", ")})` : `parameter ${name} (${shown}; any other value can be passed at deploy time)`;
  return values.map((value) => only({ kind: "value", value }, [source]));
}
function resolveIf(template, argument) {
  const list = asArray(argument);
  const condition = asString(list?.[0]);
  if (list?.length !== 3 || condition === void 0) return [only(unknown("a malformed Fn::If"))];
  const source = `condition ${condition}`;
  return [...resolve(template, list[1]), ...resolve(template, list[2])].map((alternative) => ({
    resolved: alternative.resolved,
    sources: [source, ...alternative.sources]
  }));
}
function resolveSub(template, argument) {
  const list = asArray(argument);
  const text = asString(list ? list[0] : argument);
  const own = list?.[1];
  if (text === void 0) return [only(unknown("a malformed Fn::Sub"))];
  let partials = [{ text: "", sources: [] }];
  const pieces = text.split(/(\$\{[^}]*\})/);
  for (const piece of pieces) {
    const variable = /^\$\{([^!][^}]*)\}$/.exec(piece)?.[1]?.trim();
    if (variable === void 0) {
      const literal = piece.replace(/^\$\{!/, "${");
      partials = partials.map((partial) => ({ ...partial, text: partial.text + literal }));
      continue;
    }
    const values = field(own, variable) !== void 0 ? resolve(template, field(own, variable)) : resolveRef(template, variable);
    const next = [];
    for (const partial of partials) {
      for (const value of values) {
        const piece2 = value.resolved.kind === "value" ? scalarOrUndefined(value.resolved.value) : void 0;
        if (piece2 === void 0) {
          const why = value.resolved.kind === "unknown" ? value.resolved.why : `\${${variable}} is not a plain value`;
          return [only({ kind: "unknown", why }, value.sources)];
        }
        next.push({ text: partial.text + piece2, sources: [...partial.sources, ...value.sources] });
      }
    }
    partials = next.slice(0, MAX_ALTERNATIVES);
  }
  return partials.map((partial) => only({ kind: "value", value: partial.text }, partial.sources));
}
function resolveFindInMap(template, argument) {
  const list = asArray(argument);
  const mapName = asString(list?.[0]);
  const mapping = mapName === void 0 ? void 0 : field(field(template.value, "Mappings"), mapName);
  if (list?.length !== 3 || mapName === void 0 || !isObject(mapping)) {
    return [only(unknown("a Fn::FindInMap on a mapping that is not in the template"))];
  }
  const source = `mapping ${mapName}`;
  const results = [];
  for (const top of keyAlternatives(template, list[1], Object.keys(mapping))) {
    const entry = field(mapping, top.key);
    const seconds = isObject(entry) ? Object.keys(entry) : [];
    for (const second of keyAlternatives(template, list[2], seconds)) {
      const value = field(entry, second.key);
      if (value === void 0) continue;
      results.push(only({ kind: "value", value }, [source, ...top.sources, ...second.sources]));
    }
  }
  return results.length > 0 ? results : [only(unknown("a Fn::FindInMap with no matching entry"))];
}
function keyAlternatives(template, value, keys) {
  return resolve(template, value).flatMap((alternative) => {
    const key = alternative.resolved.kind === "value" ? scalarOrUndefined(alternative.resolved.value) : void 0;
    return key !== void 0 ? [{ key, sources: alternative.sources }] : keys.map((each) => ({ key: each, sources: alternative.sources }));
  });
}
function scalarOrUndefined(value) {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return void 0;
}
function scalarText(value) {
  return clip2(scalarOrUndefined(value) ?? describe(value), 80);
}
function dedupe(alternatives) {
  const seen = /* @__PURE__ */ new Set();
  return alternatives.filter((alternative) => {
    const key = JSON.stringify(alternative.resolved);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function labelOf(resolved) {
  switch (resolved.kind) {
    case "value":
      return scalarText(resolved.value);
    case "ref":
      return resolved.id;
    case "none":
      return "AWS::NoValue";
    case "unknown":
      return "a value known only at deploy time";
  }
}
function nameOf(template, value) {
  if (typeof value === "string") return value.trim() === "" ? void 0 : value;
  const ref = asString(field(value, "Ref"));
  const isParameter = ref !== void 0 && field(field(template?.value, "Parameters"), ref) !== void 0;
  if (ref !== void 0 && !isParameter) return ref;
  const getAtt = field(value, "Fn::GetAtt");
  const owner = Array.isArray(getAtt) ? asString(getAtt[0]) : asString(getAtt)?.split(".")[0];
  if (owner !== void 0) return owner;
  if (!template) return void 0;
  const [first] = alternativesOf(template, value);
  if (first?.resolved.kind === "ref") return first.resolved.id;
  if (first?.resolved.kind === "value") return scalarOrUndefined(first.resolved.value);
  return void 0;
}
function sourcesOf(alternatives) {
  return [...new Set(alternatives.flatMap((alternative) => alternative.sources))];
}
function finalStage(line) {
  return { weight: 100, hold: 0, gates: [], line };
}
function canaryTraffic(percent, intervalMinutes, line, label) {
  if (percent >= 100) return allAtOnceTraffic(line, label);
  return {
    strategy: "canary",
    stages: [{ weight: percent, hold: intervalMinutes * 60, gates: [], line }, finalStage(line)],
    known: true,
    label,
    notes: []
  };
}
function linearTraffic(percent, intervalMinutes, line, label) {
  if (percent >= 100) return allAtOnceTraffic(line, label);
  const stages = [];
  for (let step = 1; step * percent < 100 && step <= 1e3; step++) {
    const weight = Math.round(step * percent * 1e3) / 1e3;
    stages.push({ weight, hold: intervalMinutes * 60, gates: [], line });
  }
  stages.push(finalStage(line));
  return { strategy: "linear", stages, known: true, label, notes: [] };
}
function allAtOnceTraffic(line, label) {
  return { strategy: "all-at-once", stages: [finalStage(line)], known: true, label, notes: [] };
}
function unknownTraffic(line, label, note) {
  return { strategy: "all-at-once", stages: [finalStage(line)], known: false, label, notes: [note] };
}
var canary = (percent, every) => ({ kind: "canary", percent, minutes: every });
var linear = (percent, every) => ({ kind: "linear", percent, minutes: every });
var PREDEFINED = /* @__PURE__ */ new Map([
  ["CodeDeployDefault.LambdaAllAtOnce", { kind: "all-at-once" }],
  ["CodeDeployDefault.LambdaCanary10Percent5Minutes", canary(10, 5)],
  ["CodeDeployDefault.LambdaCanary10Percent10Minutes", canary(10, 10)],
  ["CodeDeployDefault.LambdaCanary10Percent15Minutes", canary(10, 15)],
  ["CodeDeployDefault.LambdaCanary10Percent30Minutes", canary(10, 30)],
  ["CodeDeployDefault.LambdaLinear10PercentEvery1Minute", linear(10, 1)],
  ["CodeDeployDefault.LambdaLinear10PercentEvery2Minutes", linear(10, 2)],
  ["CodeDeployDefault.LambdaLinear10PercentEvery3Minutes", linear(10, 3)],
  ["CodeDeployDefault.LambdaLinear10PercentEvery10Minutes", linear(10, 10)],
  ["CodeDeployDefault.ECSAllAtOnce", { kind: "all-at-once" }],
  ["CodeDeployDefault.ECSCanary10Percent5Minutes", canary(10, 5)],
  ["CodeDeployDefault.ECSCanary10Percent15Minutes", canary(10, 15)],
  ["CodeDeployDefault.ECSLinear10PercentEvery1Minutes", linear(10, 1)],
  ["CodeDeployDefault.ECSLinear10PercentEvery3Minutes", linear(10, 3)],
  ["CodeDeployDefault.AllAtOnce", { kind: "all-at-once" }],
  [
    "CodeDeployDefault.HalfAtATime",
    { kind: "in-place", note: "CodeDeployDefault.HalfAtATime deploys to half of the instances at a time" }
  ],
  [
    "CodeDeployDefault.OneAtATime",
    { kind: "in-place", note: "CodeDeployDefault.OneAtATime deploys to one instance at a time" }
  ]
]);
function samConfigName(type) {
  const full = `CodeDeployDefault.Lambda${type}`;
  return PREDEFINED.has(full) ? full : void 0;
}
function predefinedTraffic(name, line, label = name) {
  const spec = PREDEFINED.get(name);
  if (spec === void 0) return void 0;
  switch (spec.kind) {
    case "canary":
      return canaryTraffic(spec.percent, spec.minutes, line, label);
    case "linear":
      return linearTraffic(spec.percent, spec.minutes, line, label);
    case "all-at-once":
      return allAtOnceTraffic(line, label);
    case "in-place":
      return { strategy: "rolling", stages: [finalStage(line)], known: true, label, notes: [spec.note] };
  }
}
function deploymentConfigTraffic(reader, template, id) {
  const base = ["Resources", id, "Properties"];
  const line = (...rest) => reader.doc.lineOf([...base, ...rest]);
  const properties = field(template.resources.get(id), "Properties");
  const routing = field(properties, "TrafficRoutingConfig");
  if (routing === void 0 || routing === null) {
    if (field(properties, "MinimumHealthyHosts") !== void 0) {
      return {
        strategy: "rolling",
        stages: [finalStage(line("MinimumHealthyHosts"))],
        known: true,
        label: id,
        notes: [`deployment config ${id} deploys in place, keeping a minimum of healthy hosts`]
      };
    }
    return allAtOnceTraffic(line(), id);
  }
  const type = field(routing, "Type");
  const number = (group, key) => {
    const value = field(field(routing, group), key);
    const parsed = asNumber(value);
    if (parsed === void 0 || parsed <= 0) {
      if (isIntrinsic(value)) return void 0;
      invalid2(
        reader,
        [...base, "TrafficRoutingConfig", group, key],
        `must be a positive number, got ${describe(value)}`
      );
      return void 0;
    }
    return parsed;
  };
  const unseen = (why) => unknownTraffic(line("TrafficRoutingConfig"), id, `deployment config ${id}: ${why}; read as all at once`);
  if (type === "TimeBasedCanary" || type === "TimeBasedLinear") {
    const canaryType = type === "TimeBasedCanary";
    const percentKey = canaryType ? "CanaryPercentage" : "LinearPercentage";
    const intervalKey = canaryType ? "CanaryInterval" : "LinearInterval";
    const percent = number(type, percentKey);
    const interval = number(type, intervalKey);
    if (percent === void 0 || interval === void 0) {
      return unseen(`${type} has no plain ${percentKey} and ${intervalKey}`);
    }
    const stageLine = line("TrafficRoutingConfig", type, percentKey);
    const traffic = canaryType ? canaryTraffic(percent, interval, stageLine, id) : linearTraffic(percent, interval, stageLine, id);
    const last = traffic.stages[traffic.stages.length - 1];
    if (last) last.line = line("TrafficRoutingConfig");
    return traffic;
  }
  if (type === "AllAtOnce") return allAtOnceTraffic(line("TrafficRoutingConfig", "Type"), id);
  invalid2(
    reader,
    [...base, "TrafficRoutingConfig", "Type"],
    `must be TimeBasedCanary, TimeBasedLinear or AllAtOnce, got ${describe(type)}`
  );
  return unseen("its TrafficRoutingConfig type is not one CodeDeploy knows");
}
function deploymentConfigNamed(template, name) {
  for (const [id, resource] of template.resources) {
    if (resourceType(resource) !== "AWS::CodeDeploy::DeploymentConfig") continue;
    if (asString(field(field(resource, "Properties"), "DeploymentConfigName")) === name) return id;
  }
  return void 0;
}
function exposureCount(traffic) {
  return traffic.stages.filter((stage) => stage.weight > 0 && stage.weight < 100).length;
}
function firstWeight(traffic) {
  return traffic.stages.find((stage) => stage.weight > 0)?.weight ?? 100;
}
function bake(traffic) {
  return traffic.stages.slice(0, -1).reduce((sum, stage) => sum + (stage.hold === "manual" ? Infinity : stage.hold), 0);
}
function compareStrength(a, b) {
  return exposureCount(a) - exposureCount(b) || firstWeight(b) - firstWeight(a) || bake(a) - bake(b) || Number(b.known) - Number(a.known);
}
function weakest(candidates) {
  let chosen;
  for (const candidate of candidates) {
    if (chosen === void 0 || compareStrength(candidate, chosen) < 0) chosen = candidate;
  }
  return chosen;
}
function choiceNote(fieldName, alternatives, labels, chosen) {
  const sources = sourcesOf(alternatives);
  const distinct = [...new Set(labels)];
  if (sources.length === 0 && distinct.length <= 1) return void 0;
  const from = sources.length > 0 ? sources.join(" and ") : "intrinsic functions";
  if (distinct.length <= 1) return `${fieldName} comes from ${from}: ${chosen}`;
  return `${fieldName} depends on ${from}: ${distinct.join(" or ")}; judged as the weakest, ${chosen}`;
}
function webhookGate(name, line, effective = true) {
  return { kind: "webhook", ...named(name), line, effective };
}
function metricGate(name, line, effective = true) {
  return { kind: "metric-check", ...named(name), line, effective };
}
function functionName(arn) {
  const match = /:function:([^:]+)/.exec(arn);
  return match?.[1] ?? arn;
}
function isSamTemplate(template) {
  const transform = field(template.value, "Transform");
  const transforms = Array.isArray(transform) ? transform : [transform];
  if (transforms.some((name) => typeof name === "string" && name.startsWith("AWS::Serverless"))) return true;
  for (const resource of template.resources.values()) {
    if (resourceType(resource)?.startsWith("AWS::Serverless::")) return true;
  }
  return false;
}
function chooseTraffic(template, raw, fieldName, toTraffic, notes) {
  const alternatives = alternativesOf(template, raw);
  const candidates = alternatives.map((alternative) => toTraffic(alternative.resolved));
  const chosen = weakest(candidates) ?? toTraffic({ kind: "unknown", why: "nothing" });
  const note = choiceNote(
    fieldName,
    alternatives,
    candidates.map((candidate) => candidate.label),
    chosen.label
  );
  if (note !== void 0) notes.push(note);
  notes.push(...chosen.notes);
  return chosen;
}
function configTraffic(reader, template, resolved, line, samNames) {
  const unseen = (label, why) => unknownTraffic(line, label, `${why}; read as all at once`);
  switch (resolved.kind) {
    case "ref":
      return resourceType(template.resources.get(resolved.id)) === "AWS::CodeDeploy::DeploymentConfig" ? deploymentConfigTraffic(reader, template, resolved.id) : unseen(resolved.id, `${resolved.id} is not an AWS::CodeDeploy::DeploymentConfig`);
    case "value": {
      const name = asString(resolved.value);
      if (name === void 0)
        return unseen(labelOf(resolved), `${labelOf(resolved)} is not a configuration name`);
      const predefined = predefinedTraffic((samNames ? samConfigName(name) : void 0) ?? name, line, name);
      if (predefined !== void 0) return predefined;
      const id = deploymentConfigNamed(template, name);
      if (id !== void 0) return deploymentConfigTraffic(reader, template, id);
      return unseen(
        name,
        `deployment configuration ${clip2(name)} is not in this template: its traffic shifting cannot be seen`
      );
    }
    case "none":
      return unseen("AWS::NoValue", "no deployment configuration (AWS::NoValue)");
    case "unknown":
      return unseen(labelOf(resolved), `the deployment configuration cannot be seen (${resolved.why})`);
  }
}
function readFlag(reader, template, value, at, weak, notes) {
  if (value === void 0 || value === null) return void 0;
  if (typeof value === "boolean") return value;
  const text = typeof value === "string" ? value.toLowerCase() : void 0;
  if (template !== void 0 && (text === "true" || text === "false")) return text === "true";
  if (template !== void 0 && isIntrinsic(value)) {
    const alternatives = alternativesOf(template, value);
    const flags = alternatives.map(
      (alternative) => alternative.resolved.kind === "value" ? flagOf(alternative.resolved.value) : void 0
    );
    const result = flags.some((flag) => flag === void 0 || flag === weak) ? weak : !weak;
    const sources = sourcesOf(alternatives);
    notes.push(
      `${dotted(at)} depends on ${sources.length > 0 ? sources.join(" and ") : "intrinsic functions"}; read as ${result}`
    );
    return result;
  }
  invalid2(reader, at, `must be true or false, got ${describe(value)}; read as ${weak}`);
  return weak;
}
function flagOf(value) {
  if (typeof value === "boolean") return value;
  const text = typeof value === "string" ? value.toLowerCase() : void 0;
  return text === "true" ? true : text === "false" ? false : void 0;
}
function readNumber(reader, value, at, fallbackText) {
  if (value === void 0 || value === null) return void 0;
  const number = asNumber(typeof value === "string" && /^\d+(?:\.\d+)?$/.test(value) ? Number(value) : value);
  if (number === void 0 || number < 0) {
    invalid2(reader, at, `must be a number, got ${describe(value)}; ${fallbackText}`);
    return void 0;
  }
  return number;
}
function uniqueDiagnostics(diagnostics) {
  const seen = /* @__PURE__ */ new Set();
  return diagnostics.filter((diagnostic) => {
    const key = `${diagnostic.line}:${diagnostic.code}:${diagnostic.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function conditionNames(value) {
  const names2 = /* @__PURE__ */ new Set();
  const walk2 = (node, depth) => {
    if (depth > 64) return;
    if (Array.isArray(node)) {
      for (const item of node) walk2(item, depth + 1);
      return;
    }
    if (!isObject(node)) return;
    const branches = asArray(field(node, "Fn::If"));
    const condition = asString(branches?.[0]);
    if (isIntrinsic(node) && condition !== void 0) names2.add(condition);
    for (const child of Object.values(node)) walk2(child, depth + 1);
  };
  walk2(value, 0);
  return [...names2].sort();
}
function specialize(value, choice) {
  const NO_VALUE = /* @__PURE__ */ Symbol("no value");
  const walk2 = (node, depth) => {
    if (depth > 64) return node;
    if (Array.isArray(node)) {
      return node.map((item) => walk2(item, depth + 1)).filter((item) => item !== NO_VALUE);
    }
    if (!isObject(node)) return node;
    if (isIntrinsic(node)) {
      const branches = asArray(field(node, "Fn::If"));
      const condition = asString(branches?.[0]);
      const taken = condition === void 0 ? void 0 : choice.get(condition);
      if (branches?.length === 3 && taken !== void 0) return walk2(branches[taken ? 1 : 2], depth + 1);
      if (field(node, "Ref") === "AWS::NoValue") return NO_VALUE;
    }
    const out = {};
    for (const [key, child] of Object.entries(node)) {
      const next = walk2(child, depth + 1);
      if (next !== NO_VALUE) out[key] = next;
    }
    return out;
  };
  const result = walk2(value, 0);
  return result === NO_VALUE ? void 0 : result;
}
function assignments(names2) {
  const result = [];
  for (let bits = 0; bits < 2 ** names2.length; bits++) {
    result.push(new Map(names2.map((name, index) => [name, (bits & 1 << index) !== 0])));
  }
  return result;
}
function describeChoice(choice) {
  return [...choice].map(([name, taken]) => `condition ${name} is ${taken}`);
}

// src/formats/aws-ecs.ts
var awsEcs = {
  id: "aws-ecs",
  detect(doc) {
    return isServiceDefinition(doc.value);
  },
  toPlans(doc) {
    if (!isServiceDefinition(doc.value)) return { plans: [], diagnostics: [] };
    return servicePlans(doc);
  }
};
var ECS_SERVICE = "AWS::ECS::Service";
var SERVICE_KEYS = [
  "serviceName",
  "taskDefinition",
  "desiredCount",
  "launchType",
  "capacityProviderStrategy",
  "schedulingStrategy",
  "loadBalancers"
];
var DEPLOYMENT_KEYS = ["deploymentConfiguration", "deploymentController"];
function isServiceDefinition(value) {
  if (!isObject(value)) return false;
  if (field(value, "apiVersion") !== void 0 || field(value, "Resources") !== void 0) return false;
  return SERVICE_KEYS.some((key) => field(value, key) !== void 0) && DEPLOYMENT_KEYS.some((key) => field(value, key) !== void 0);
}
function servicePlans(doc) {
  const reader = { doc, diagnostics: [] };
  const rollout = readEcsService(reader, doc.value, [], "camel", void 0);
  if (rollout.controller !== "ECS") rollout.notes.unshift(delegatedNote(rollout.controller, "camel"));
  const serviceName = asString(field(doc.value, "serviceName"));
  const plan = {
    id: planId("aws-ecs", ECS_SERVICE, doc, serviceName),
    format: "aws-ecs",
    file: doc.file,
    line: doc.lineOf(serviceName !== void 0 ? ["serviceName"] : []),
    target: { kind: ECS_SERVICE, name: serviceName ?? doc.file },
    strategy: rollout.strategy,
    stages: rollout.stages,
    backgroundGates: rollout.backgroundGates,
    rollback: rollout.rollback,
    bypasses: [],
    notes: rollout.notes
  };
  return { plans: [plan], diagnostics: uniqueDiagnostics(reader.diagnostics) };
}
var CONTROLLERS = /* @__PURE__ */ new Set(["ECS", "CODE_DEPLOY", "EXTERNAL"]);
var STRATEGIES = /* @__PURE__ */ new Set(["ROLLING", "BLUE_GREEN", "CANARY", "LINEAR"]);
var BEFORE_TRAFFIC = /* @__PURE__ */ new Set([
  "RECONCILE_SERVICE",
  "PRE_SCALE_UP",
  "POST_SCALE_UP",
  "TEST_TRAFFIC_SHIFT",
  "POST_TEST_TRAFFIC_SHIFT"
]);
var DURING_SHIFT = "PRODUCTION_TRAFFIC_SHIFT";
var AFTER_SHIFT = "POST_PRODUCTION_TRAFFIC_SHIFT";
var DEFAULT_CANARY_PERCENT = 5;
var DEFAULT_CANARY_BAKE_MINUTES = 10;
var DEFAULT_STEP_PERCENT = 10;
var DEFAULT_STEP_BAKE_MINUTES = 6;
var NOTHING_ROLLS_BACK = "no circuit breaker with rollback, alarm rollback or lifecycle hook: nothing rolls the deployment back";
function delegatedNote(controller, casing) {
  const field2 = casing === "pascal" ? "DeploymentController" : "deploymentController";
  return controller === "CODE_DEPLOY" ? `${field2} CODE_DEPLOY: traffic shifting is set by the CodeDeploy deployment group, which this file does not show; read as all at once` : `${field2} EXTERNAL: an external controller (task sets) decides the rollout, which this file does not show; read as all at once`;
}
function readEcsService(reader, service, at, casing, template) {
  const key = (name) => casing === "pascal" ? name : name.charAt(0).toLowerCase() + name.slice(1);
  const ctx = {
    reader,
    template,
    at: (...names2) => [...at, ...names2.map((name) => typeof name === "string" ? key(name) : name)],
    key,
    config: {},
    notes: []
  };
  const config = field(service, key("DeploymentConfiguration"));
  if (config !== void 0 && config !== null && !isObject(config)) {
    invalid2(reader, ctx.at("DeploymentConfiguration"), `must be a map, got ${describe(config)}`);
  }
  ctx.config = asObject(config) ?? {};
  const controller = readController(ctx, service);
  if (controller !== "ECS") return delegatedRollout(ctx, controller);
  const traffic = readStrategy(ctx);
  const stages = traffic.stages;
  const hooks = placeLifecycleHooks(ctx, stages);
  const aborts = [];
  readCircuitBreaker(ctx, aborts);
  const backgroundGates = readAlarms(ctx, aborts);
  if (hooks > 0) {
    aborts.push({
      how: "a failing lifecycle hook rolls back the deployment",
      line: reader.doc.lineOf(ctx.at("DeploymentConfiguration", "LifecycleHooks"))
    });
  }
  return {
    controller,
    strategy: traffic.strategy,
    stages,
    backgroundGates,
    rollback: rollbackOf2(aborts),
    notes: [...traffic.notes, ...ctx.notes]
  };
}
function readController(ctx, service) {
  const at = ctx.at("DeploymentController", "Type");
  const raw = field(field(service, ctx.key("DeploymentController")), ctx.key("Type"));
  if (raw === void 0 || raw === null) return "ECS";
  if (typeof raw === "string" && CONTROLLERS.has(raw)) return raw;
  invalid2(ctx.reader, at, `must be ECS, CODE_DEPLOY or EXTERNAL, got ${describe(raw)}; read as ECS`);
  return "ECS";
}
function delegatedRollout(ctx, controller) {
  for (const name of ["Strategy", "DeploymentCircuitBreaker", "Alarms", "LifecycleHooks"]) {
    if (field(ctx.config, ctx.key(name)) !== void 0) {
      ctx.notes.push(
        `${ctx.key("DeploymentConfiguration")}.${ctx.key(name)} is ignored: it only applies to the ECS deployment controller`
      );
    }
  }
  const line = ctx.reader.doc.lineOf(ctx.at("DeploymentController", "Type"));
  return {
    controller,
    strategy: "all-at-once",
    stages: [finalStage(line)],
    backgroundGates: [],
    rollback: {
      automatic: false,
      how: ["the deployment controller, not this file, decides whether a failure rolls back"]
    },
    notes: ctx.notes
  };
}
function readStrategy(ctx) {
  const raw = field(ctx.config, ctx.key("Strategy"));
  const toTraffic = (resolved) => strategyTraffic(ctx, resolved);
  if (ctx.template !== void 0 && raw !== void 0) {
    return chooseTraffic(
      ctx.template,
      raw,
      `${ctx.key("DeploymentConfiguration")}.${ctx.key("Strategy")}`,
      toTraffic,
      []
    );
  }
  return toTraffic({ kind: "value", value: raw ?? "ROLLING" });
}
function strategyTraffic(ctx, resolved) {
  const strategyAt = ctx.at("DeploymentConfiguration", "Strategy");
  const line = ctx.reader.doc.lineOf(strategyAt);
  if (resolved.kind !== "value") {
    return {
      strategy: "rolling",
      stages: [finalStage(line)],
      known: false,
      label: labelOf(resolved),
      notes: ["the deployment strategy cannot be seen; read as ROLLING"]
    };
  }
  let name = resolved.value;
  if (typeof name !== "string" || !STRATEGIES.has(name)) {
    invalid2(
      ctx.reader,
      strategyAt,
      `must be ROLLING, BLUE_GREEN, CANARY or LINEAR, got ${describe(name)}; read as ROLLING`
    );
    name = "ROLLING";
  }
  if (name === "ROLLING") {
    return { strategy: "rolling", stages: [finalStage(line)], known: true, label: "ROLLING", notes: [] };
  }
  const bakeMinutes = readMinutes(ctx, ["BakeTimeInMinutes"], 0);
  let traffic;
  if (name === "CANARY") {
    const percent = readPercent(ctx, ["CanaryConfiguration", "CanaryPercent"], DEFAULT_CANARY_PERCENT);
    const bake2 = readMinutes(
      ctx,
      ["CanaryConfiguration", "CanaryBakeTimeInMinutes"],
      DEFAULT_CANARY_BAKE_MINUTES
    );
    const stageLine = ctx.reader.doc.lineOf(
      ctx.at("DeploymentConfiguration", "CanaryConfiguration", "CanaryPercent")
    );
    traffic = canaryTraffic(percent, bake2, stageLine, "CANARY");
  } else if (name === "LINEAR") {
    const percent = readPercent(ctx, ["LinearConfiguration", "StepPercent"], DEFAULT_STEP_PERCENT);
    const bake2 = readMinutes(
      ctx,
      ["LinearConfiguration", "StepBakeTimeInMinutes"],
      DEFAULT_STEP_BAKE_MINUTES
    );
    const stageLine = ctx.reader.doc.lineOf(
      ctx.at("DeploymentConfiguration", "LinearConfiguration", "StepPercent")
    );
    traffic = linearTraffic(percent, bake2, stageLine, "LINEAR");
  } else {
    traffic = {
      strategy: "blue-green",
      stages: [finalStage(line)],
      known: true,
      label: "BLUE_GREEN",
      notes: []
    };
  }
  const last = traffic.stages[traffic.stages.length - 1];
  if (last !== void 0) {
    last.line = line;
    last.hold = bakeMinutes * 60;
  }
  if (bakeMinutes > 0) {
    traffic.notes.push(
      `after all traffic has shifted, ECS keeps the previous revision running for ${minutes(bakeMinutes)} (bake time) so that a rollback is immediate`
    );
  }
  return traffic;
}
function readMinutes(ctx, names2, fallback) {
  const at = ctx.at("DeploymentConfiguration", ...names2);
  const value = valueAt(ctx, names2);
  return readNumber(ctx.reader, value, at, `read as ${fallback}`) ?? fallback;
}
function readPercent(ctx, names2, fallback) {
  const at = ctx.at("DeploymentConfiguration", ...names2);
  const value = readNumber(ctx.reader, valueAt(ctx, names2), at, `read as ${fallback}`);
  if (value === void 0) return fallback;
  if (value <= 0 || value > 100) {
    invalid2(ctx.reader, at, `must be a percentage above 0 and up to 100, got ${value}; read as ${fallback}`);
    return fallback;
  }
  return value;
}
function valueAt(ctx, names2) {
  let value = ctx.config;
  for (const name of names2) value = field(value, ctx.key(name));
  return value;
}
function placeLifecycleHooks(ctx, stages) {
  const listAt = ctx.at("DeploymentConfiguration", "LifecycleHooks");
  const raw = field(ctx.config, ctx.key("LifecycleHooks"));
  if (raw === void 0 || raw === null) return 0;
  const hooks = asArray(raw);
  if (hooks === void 0) {
    invalid2(ctx.reader, listAt, `must be a list of hooks, got ${describe(raw)}`);
    return 0;
  }
  const before = [];
  const during = [];
  const after = [];
  let count = 0;
  hooks.forEach((hook, index) => {
    const hookAt = [...listAt, index];
    if (!isObject(hook)) {
      invalid2(
        ctx.reader,
        hookAt,
        `must be a map with HookTargetArn and LifecycleStages, got ${describe(hook)}`
      );
      return;
    }
    const target = nameOf(ctx.template, field(hook, ctx.key("HookTargetArn")));
    const gate = webhookGate(
      target === void 0 ? void 0 : functionName(target),
      ctx.reader.doc.lineOf(hookAt)
    );
    const lifecycleStages = asArray(field(hook, ctx.key("LifecycleStages"))) ?? [];
    if (lifecycleStages.length === 0) {
      invalid2(
        ctx.reader,
        [...hookAt, ctx.key("LifecycleStages")],
        "must list the lifecycle stages the hook runs at"
      );
      return;
    }
    count++;
    for (const stage of lifecycleStages) {
      if (typeof stage === "string" && BEFORE_TRAFFIC.has(stage)) before.push({ ...gate });
      else if (stage === DURING_SHIFT) during.push({ ...gate });
      else if (stage === AFTER_SHIFT) after.push({ ...gate });
      else
        ctx.notes.push(
          `lifecycle hook ${gate.name ?? index} runs at ${describe(stage)}, a stage rollout-guard does not know`
        );
    }
  });
  const firstExposed = stages.find((stage) => stage.weight > 0);
  const last = stages[stages.length - 1];
  firstExposed?.gates.push(...unique(during));
  last?.gates.push(...unique(after));
  const preTraffic = unique(before);
  const first = preTraffic[0];
  if (first !== void 0) stages.unshift({ weight: 0, hold: 0, gates: preTraffic, line: first.line });
  return count;
}
function unique(gates) {
  const seen = /* @__PURE__ */ new Set();
  return gates.filter((gate) => {
    const key = `${gate.name ?? ""}@${gate.line}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function readEnableRollback(ctx, at, value) {
  const flag = (name) => readFlag(ctx.reader, ctx.template, field(value, ctx.key(name)), [...at, ctx.key(name)], false, ctx.notes);
  return { enable: flag("Enable"), rollback: flag("Rollback") };
}
function readCircuitBreaker(ctx, aborts) {
  const at = ctx.at("DeploymentConfiguration", "DeploymentCircuitBreaker");
  const breaker = field(ctx.config, ctx.key("DeploymentCircuitBreaker"));
  if (breaker === void 0 || breaker === null) return;
  if (!isObject(breaker)) {
    invalid2(ctx.reader, at, `must be a map with Enable and Rollback, got ${describe(breaker)}`);
    return;
  }
  const { enable, rollback } = readEnableRollback(ctx, at, breaker);
  if (enable === true && rollback === true) {
    aborts.push({
      how: "the deployment circuit breaker rolls back a deployment whose tasks keep failing",
      line: ctx.reader.doc.lineOf(at)
    });
  } else if (enable === true) {
    ctx.notes.push(
      "the deployment circuit breaker stops a failing deployment but does not roll it back (Rollback is not true)"
    );
  } else if (rollback === true) {
    ctx.notes.push("the deployment circuit breaker is not enabled: its Rollback has no effect");
  }
}
function readAlarms(ctx, aborts) {
  const at = ctx.at("DeploymentConfiguration", "Alarms");
  const alarms = field(ctx.config, ctx.key("Alarms"));
  if (alarms === void 0 || alarms === null) return [];
  if (!isObject(alarms)) {
    invalid2(ctx.reader, at, `must be a map with AlarmNames, Enable and Rollback, got ${describe(alarms)}`);
    return [];
  }
  const { enable, rollback } = readEnableRollback(ctx, at, alarms);
  const namesAt = [...at, ctx.key("AlarmNames")];
  const rawNames = field(alarms, ctx.key("AlarmNames"));
  const names2 = asArray(rawNames);
  if (rawNames !== void 0 && names2 === void 0) {
    invalid2(ctx.reader, namesAt, `must be a list of alarm names, got ${describe(rawNames)}`);
  }
  const gates = (names2 ?? []).map(
    (name, index) => metricGate(nameOf(ctx.template, name), ctx.reader.doc.lineOf([...namesAt, index]), enable === true)
  );
  if (gates.length === 0) {
    if (enable === true)
      ctx.notes.push("deployment alarms are enabled but name no alarm: nothing is watched");
    return [];
  }
  if (enable !== true) {
    ctx.notes.push("deployment alarms are not enabled (Enable is not true): ECS does not watch them");
  } else if (rollback === true) {
    aborts.push({ how: "CloudWatch alarms roll back the deployment", line: ctx.reader.doc.lineOf(at) });
  } else {
    ctx.notes.push("an alarm fails the deployment but does not roll it back (Rollback is not true)");
  }
  return gates;
}
function rollbackOf2(aborts) {
  if (aborts.length === 0) return { automatic: false, how: [NOTHING_ROLLS_BACK] };
  return {
    automatic: true,
    how: [...new Set(aborts.map((abort) => abort.how))],
    line: Math.min(...aborts.map((abort) => abort.line))
  };
}

// src/formats/aws-cloudformation.ts
var awsCloudFormation = {
  id: "aws-cloudformation",
  detect(doc) {
    const template = readTemplate(doc.value);
    return template !== void 0 && !isSamTemplate(template) && holdsDeployResources(template);
  },
  toPlans(doc) {
    const template = readTemplate(doc.value);
    if (template === void 0) return { plans: [], diagnostics: [] };
    const reader = { doc, diagnostics: [] };
    const plans = resourcePlans(reader, template);
    return { plans, diagnostics: uniqueDiagnostics(reader.diagnostics) };
  }
};
var DEPLOYMENT_GROUP = "AWS::CodeDeploy::DeploymentGroup";
var DEPLOYMENT_CONFIG = "AWS::CodeDeploy::DeploymentConfig";
var APPLICATION = "AWS::CodeDeploy::Application";
var LAMBDA_ALIAS = "AWS::Lambda::Alias";
var DEPLOY_TYPES = /* @__PURE__ */ new Set([DEPLOYMENT_GROUP, DEPLOYMENT_CONFIG, ECS_SERVICE]);
function holdsDeployResources(template) {
  for (const resource of template.resources.values()) {
    const type = resourceType(resource);
    if (type !== void 0 && (DEPLOY_TYPES.has(type) || isCustomDeploymentGroup(type, resource)))
      return true;
  }
  return false;
}
function isCustomDeploymentGroup(type, resource) {
  if (!type.startsWith("Custom::") && type !== "AWS::CloudFormation::CustomResource") return false;
  if (/deploymentgroup/i.test(type)) return true;
  const properties = field(resource, "Properties");
  return isObject(properties) && Object.keys(properties).some((key) => CUSTOM_CONFIG_KEY.test(key));
}
var CUSTOM_CONFIG_KEY = /^deployment(?:Config|Group)Name$/i;
function resourcePlans(reader, template) {
  const groups = /* @__PURE__ */ new Map();
  for (const [id, resource] of template.resources) {
    if (resourceType(resource) === DEPLOYMENT_GROUP) {
      groups.set(id, deploymentGroupPlan(reader, template, id, resource));
    }
  }
  const plans = [];
  for (const [id, resource] of template.resources) {
    const type = resourceType(resource) ?? "";
    const group = groups.get(id);
    if (group !== void 0) plans.push(group);
    else if (type === ECS_SERVICE)
      plans.push(ecsServicePlan(reader, template, id, resource, [...groups.values()]));
    else if (isCustomDeploymentGroup(type, resource))
      plans.push(customGroupPlan(reader, template, id, resource, type));
  }
  return plans;
}
function resourcePlan(reader, id, resource, shape, notes, extra = {}) {
  const type = resourceType(resource) ?? "";
  const condition = asString(field(resource, "Condition"));
  if (condition !== void 0) notes.push(`${id} is created only when condition ${condition} holds`);
  return {
    id: planId("aws-cloudformation", type, reader.doc, id),
    format: "aws-cloudformation",
    file: reader.doc.file,
    line: reader.doc.lineOf(["Resources", id, "Type"]),
    target: { kind: type, name: id },
    ...shape,
    bypasses: [],
    ...extra,
    notes
  };
}
function propertiesOf(reader, id, resource) {
  const properties = field(resource, "Properties");
  if (properties === void 0 || properties === null) return {};
  if (isObject(properties)) return properties;
  invalid2(reader, ["Resources", id, "Properties"], `must be a map, got ${describe(properties)}`);
  return {};
}
function deploymentGroupPlan(reader, template, id, resource) {
  const at = ["Resources", id, "Properties"];
  const properties = propertiesOf(reader, id, resource);
  const notes = [];
  const traffic = readDeploymentConfigName(reader, template, properties, at, notes);
  const alarms = readAlarmConfiguration(reader, template, properties, at, notes);
  const rollback = readAutoRollback(reader, template, properties, at, alarms.watching, notes);
  noteDeploymentStyle(properties, notes);
  const stages = traffic.stages;
  const approval2 = readReadyOption(reader, properties, at, notes);
  if (approval2 !== void 0)
    stages.unshift({ weight: 0, hold: "manual", gates: [approval2], line: approval2.line });
  const delivers = deliveredTarget(template, id, properties);
  return resourcePlan(
    reader,
    id,
    resource,
    { strategy: traffic.strategy, stages, backgroundGates: alarms.gates, rollback },
    notes,
    delivers !== void 0 ? { delivers } : {}
  );
}
function computePlatform(template, properties) {
  if ((asArray(field(properties, "ECSServices")) ?? []).length > 0) return "ECS";
  for (const alternative of alternativesOf(template, field(properties, "ApplicationName"))) {
    if (alternative.resolved.kind !== "ref") continue;
    const application = template.resources.get(alternative.resolved.id);
    if (resourceType(application) !== APPLICATION) continue;
    const platform = field(field(application, "Properties"), "ComputePlatform");
    if (platform === "ECS" || platform === "Lambda" || platform === "Server") return platform;
  }
  const serverKeys = [
    "Ec2TagFilters",
    "Ec2TagSet",
    "AutoScalingGroups",
    "OnPremisesInstanceTagFilters",
    "OnPremisesTagSet"
  ];
  return serverKeys.some((key) => field(properties, key) !== void 0) ? "Server" : void 0;
}
var DEFAULT_CONFIG = {
  ECS: "CodeDeployDefault.ECSAllAtOnce",
  Lambda: "CodeDeployDefault.LambdaAllAtOnce",
  Server: "CodeDeployDefault.OneAtATime",
  unknown: "CodeDeployDefault.AllAtOnce"
};
function readDeploymentConfigName(reader, template, properties, at, notes) {
  const nameAt = [...at, "DeploymentConfigName"];
  const line = reader.doc.lineOf(nameAt);
  const raw = field(properties, "DeploymentConfigName");
  if (raw === void 0 || raw === null) {
    const name = DEFAULT_CONFIG[computePlatform(template, properties) ?? "unknown"];
    notes.push(`no DeploymentConfigName: CodeDeploy uses ${name}`);
    return predefinedTraffic(name, line) ?? unknownTraffic(line, name, `${name} is not known`);
  }
  return chooseTraffic(
    template,
    raw,
    "DeploymentConfigName",
    (resolved) => configTraffic(reader, template, resolved, line, false),
    notes
  );
}
function readAlarmConfiguration(reader, template, properties, at, notes) {
  const configAt = [...at, "AlarmConfiguration"];
  const config = field(properties, "AlarmConfiguration");
  if (config === void 0 || config === null) return { gates: [], watching: false };
  if (!isObject(config)) {
    invalid2(reader, configAt, `must be a map with Enabled and Alarms, got ${describe(config)}`);
    return { gates: [], watching: false };
  }
  const enabled = readFlag(reader, template, field(config, "Enabled"), [...configAt, "Enabled"], false, notes) === true;
  const rawAlarms = field(config, "Alarms");
  const alarms = asArray(rawAlarms);
  if (rawAlarms !== void 0 && alarms === void 0) {
    invalid2(reader, [...configAt, "Alarms"], `must be a list of {Name: ...}, got ${describe(rawAlarms)}`);
  }
  const gates = (alarms ?? []).map(
    (alarm, index) => metricGate(
      nameOf(template, field(alarm, "Name")),
      reader.doc.lineOf([...configAt, "Alarms", index]),
      enabled
    )
  );
  if (gates.length > 0 && !enabled) {
    notes.push("AlarmConfiguration is not enabled (Enabled is not true): CodeDeploy ignores its alarms");
  } else if (gates.length === 0 && enabled) {
    notes.push("AlarmConfiguration is enabled but lists no alarm: nothing is watched");
  }
  if (field(config, "IgnorePollAlarmFailure") === true) {
    notes.push("IgnorePollAlarmFailure: the deployment goes on when CodeDeploy cannot read the alarms");
  }
  return { gates, watching: enabled && gates.length > 0 };
}
function readAutoRollback(reader, template, properties, at, watching, notes) {
  const configAt = [...at, "AutoRollbackConfiguration"];
  const config = field(properties, "AutoRollbackConfiguration");
  if (config === void 0 || config === null) {
    return {
      automatic: false,
      how: ["no AutoRollbackConfiguration: CodeDeploy does not roll back on its own"]
    };
  }
  if (!isObject(config)) {
    invalid2(reader, configAt, `must be a map with Enabled and Events, got ${describe(config)}`);
    return { automatic: false, how: ["AutoRollbackConfiguration cannot be read: read as no rollback"] };
  }
  const enabled = readFlag(
    reader,
    template,
    field(config, "Enabled"),
    [...configAt, "Enabled"],
    false,
    notes
  );
  if (enabled !== true) {
    return {
      automatic: false,
      how: ["AutoRollbackConfiguration is not enabled: CodeDeploy does not roll back on its own"]
    };
  }
  const events = (asArray(field(config, "Events")) ?? []).filter(
    (event) => typeof event === "string"
  );
  const how = [];
  if (events.includes("DEPLOYMENT_FAILURE")) how.push("a failed deployment rolls back");
  if (events.includes("DEPLOYMENT_STOP_ON_ALARM")) {
    if (watching) how.push("an alarm stops and rolls back the deployment");
    else notes.push("DEPLOYMENT_STOP_ON_ALARM never fires: the group has no enabled alarms");
  }
  if (how.length === 0) {
    return {
      automatic: false,
      how: ["AutoRollbackConfiguration rolls back on neither DEPLOYMENT_FAILURE nor an alarm"]
    };
  }
  return { automatic: true, how, line: reader.doc.lineOf(configAt) };
}
function noteDeploymentStyle(properties, notes) {
  const style = field(properties, "DeploymentStyle");
  const type = asString(field(style, "DeploymentType"));
  if (type === "BLUE_GREEN") {
    notes.push(
      "DeploymentStyle BLUE_GREEN: the new version is started beside the old one, then traffic moves to it"
    );
  } else if (type === "IN_PLACE") {
    notes.push("DeploymentStyle IN_PLACE: the application is replaced on the instances where it runs");
  }
  if (field(style, "DeploymentOption") === "WITHOUT_TRAFFIC_CONTROL") {
    notes.push(
      "DeploymentOption WITHOUT_TRAFFIC_CONTROL: no load balancer keeps traffic off instances being updated"
    );
  }
}
function readReadyOption(reader, properties, at, notes) {
  const keys = ["BlueGreenDeploymentConfiguration", "DeploymentReadyOption", "ActionOnTimeout"];
  if (path(properties, keys) !== "STOP_DEPLOYMENT") return void 0;
  const optionAt = [...at, ...keys];
  notes.push(
    "CodeDeploy waits for someone to continue the deployment before traffic moves (ActionOnTimeout: STOP_DEPLOYMENT)"
  );
  return {
    kind: "approval",
    name: "DeploymentReadyOption",
    line: reader.doc.lineOf(optionAt),
    effective: true
  };
}
function deliveredTarget(template, id, properties) {
  const service = asArray(field(properties, "ECSServices"))?.[0];
  if (service !== void 0) {
    const [first] = alternativesOf(template, field(service, "ServiceName"));
    if (first?.resolved.kind === "ref") return { kind: ECS_SERVICE, name: first.resolved.id };
    const name = first?.resolved.kind === "value" ? asString(first.resolved.value) : void 0;
    return name !== void 0 ? { kind: ECS_SERVICE, name } : void 0;
  }
  for (const [aliasId, alias] of template.resources) {
    if (resourceType(alias) !== LAMBDA_ALIAS) continue;
    const group = path(alias, ["UpdatePolicy", "CodeDeployLambdaAliasUpdate", "DeploymentGroupName"]);
    const names2 = alternativesOf(template, group).map((alternative) => alternative.resolved);
    if (names2.some(
      (name) => name.kind === "ref" && name.id === id || name.kind === "value" && name.value === id
    )) {
      return { kind: LAMBDA_ALIAS, name: aliasId };
    }
  }
  return void 0;
}
function ecsServicePlan(reader, template, id, resource, groups) {
  const at = ["Resources", id, "Properties"];
  const properties = propertiesOf(reader, id, resource);
  const rollout = readEcsService(reader, properties, at, "pascal", template);
  const notes = [...rollout.notes];
  const shape = {
    strategy: rollout.strategy,
    stages: rollout.stages,
    backgroundGates: rollout.backgroundGates,
    rollback: rollout.rollback
  };
  if (rollout.controller === "ECS") return resourcePlan(reader, id, resource, shape, notes);
  const serviceName = asString(field(properties, "ServiceName"));
  const group = rollout.controller === "CODE_DEPLOY" ? groups.find(
    (plan) => plan.delivers?.kind === ECS_SERVICE && (plan.delivers.name === id || plan.delivers.name === serviceName)
  ) : void 0;
  if (group === void 0) {
    notes.unshift(delegatedNote(rollout.controller, "pascal"));
    return resourcePlan(reader, id, resource, shape, notes);
  }
  notes.unshift(
    `DeploymentController CODE_DEPLOY: deployment group ${group.target.name} of this template shifts the traffic`
  );
  return resourcePlan(
    reader,
    id,
    resource,
    structuredClone({
      strategy: group.strategy,
      stages: group.stages,
      backgroundGates: group.backgroundGates,
      rollback: group.rollback
    }),
    notes,
    { deliveredBy: group.id }
  );
}
function customGroupPlan(reader, template, id, resource, type) {
  const line = reader.doc.lineOf(["Resources", id, "Type"]);
  const notes = [
    `${type} creates the deployment group through a custom resource: its deployment config, alarms and rollback settings are invisible to static analysis; read as all at once`
  ];
  const properties = field(resource, "Properties");
  const configKey = isObject(properties) ? Object.keys(properties).find((key) => /^deploymentConfigName$/i.test(key)) : void 0;
  if (configKey !== void 0) {
    const alternatives = alternativesOf(template, field(properties, configKey));
    const sources = sourcesOf(alternatives);
    const labels = [...new Set(alternatives.map((alternative) => labelOf(alternative.resolved)))];
    notes.push(
      `it passes ${configKey} ${sources.length > 0 ? `from ${sources.join(" and ")}` : labels.join(" or ")}`
    );
  }
  return resourcePlan(
    reader,
    id,
    resource,
    {
      strategy: "all-at-once",
      stages: [finalStage(line)],
      backgroundGates: [],
      rollback: {
        automatic: false,
        how: ["the rollback settings of a custom resource are invisible to static analysis"]
      }
    },
    notes
  );
}

// src/formats/aws-codedeploy.ts
var awsCodeDeploy = {
  id: "aws-codedeploy",
  detect(doc) {
    return isAppSpec(doc.value);
  },
  toPlans(doc) {
    if (!isAppSpec(doc.value) || field(doc.value, "Resources") === void 0) {
      return { plans: [], diagnostics: [] };
    }
    return appSpecPlans(doc);
  }
};
var APPSPEC_KEYS = ["Resources", "Hooks", "files", "hooks", "os"];
function isAppSpec(value) {
  if (!isObject(value)) return false;
  const version = field(value, "version");
  if (version !== 0 && version !== "0.0") return false;
  return APPSPEC_KEYS.some((key) => field(value, key) !== void 0);
}
var BEFORE_TRAFFIC2 = {
  ECS: /* @__PURE__ */ new Set(["BeforeInstall", "AfterInstall", "AfterAllowTestTraffic", "BeforeAllowTraffic"]),
  Lambda: /* @__PURE__ */ new Set(["BeforeAllowTraffic"])
};
var AFTER_TRAFFIC = "AfterAllowTraffic";
var TRAFFIC_NOTE = "traffic shifting is set by the CodeDeploy deployment group, which this file does not show";
function appSpecPlans(doc) {
  const reader = { doc, diagnostics: [] };
  const notes = [TRAFFIC_NOTE];
  const resource = readResource(reader);
  const before = [];
  const after = [];
  readHooks(reader, resource.platform, notes, before, after);
  const stages = [];
  const first = before[0];
  if (first !== void 0) stages.push({ weight: 0, hold: 0, gates: before, line: first.line });
  stages.push({ ...finalStage(doc.lineOf(["Resources"])), gates: after });
  const plan = {
    id: planId("aws-codedeploy", "AppSpec", doc),
    format: "aws-codedeploy",
    file: doc.file,
    line: doc.lineOf(["version"]),
    target: { kind: "AppSpec", name: resource.name ?? doc.file },
    strategy: "all-at-once",
    stages,
    backgroundGates: [],
    rollback: {
      automatic: false,
      how: [
        "the CodeDeploy deployment group, which this file does not show, decides whether a failure rolls back"
      ]
    },
    bypasses: [],
    notes
  };
  return { plans: [plan], diagnostics: reader.diagnostics };
}
function readResource(reader) {
  const at = ["Resources"];
  const raw = field(reader.doc.value, "Resources");
  const resources = asArray(raw);
  if (resources === void 0) {
    invalid2(reader, at, `must be a list holding the target service or function, got ${describe(raw)}`);
    return { platform: void 0, name: void 0 };
  }
  const entry = resources[0];
  const [key] = isObject(entry) ? Object.keys(entry) : [];
  const body = key === void 0 ? void 0 : field(entry, key);
  const type = asString(field(body, "Type"));
  if (type === "AWS::ECS::Service") {
    return {
      platform: "ECS",
      name: nonBlank(path(body, ["Properties", "LoadBalancerInfo", "ContainerName"]))
    };
  }
  if (type === "AWS::Lambda::Function") {
    return { platform: "Lambda", name: nonBlank(path(body, ["Properties", "Name"])) };
  }
  invalid2(reader, [...at, 0], "must be a target with Type AWS::ECS::Service or AWS::Lambda::Function");
  return { platform: void 0, name: void 0 };
}
function nonBlank(value) {
  return typeof value === "string" && value.trim() !== "" ? value : void 0;
}
function readHooks(reader, platform, notes, before, after) {
  const at = ["Hooks"];
  const raw = field(reader.doc.value, "Hooks");
  if (raw === void 0 || raw === null) {
    notes.push("no Hooks: nothing tests the new version before or after traffic reaches it");
    return;
  }
  const hooks = asArray(raw);
  if (hooks === void 0) {
    invalid2(reader, at, `must be a list of {LifecycleEvent: function}, got ${describe(raw)}`);
    return;
  }
  const known = BEFORE_TRAFFIC2[platform ?? "ECS"];
  hooks.forEach((hook, index) => {
    const [event] = isObject(hook) ? Object.keys(hook) : [];
    if (event === void 0) {
      invalid2(reader, [...at, index], `must be a map {LifecycleEvent: function}, got ${describe(hook)}`);
      return;
    }
    const line = reader.doc.lineOf([...at, index, event]);
    const target = nonBlank(field(hook, event));
    if (target === void 0) {
      notes.push(`hook ${event} names no function (a placeholder?): it cannot check anything`);
    }
    const gate = webhookGate(target, line, target !== void 0);
    if (known.has(event)) before.push(gate);
    else if (event === AFTER_TRAFFIC) after.push(gate);
    else
      notes.push(
        `hook ${clip2(event)} is not a ${platform ?? "ECS"} AppSpec lifecycle event; CodeDeploy rejects it`
      );
  });
}

// src/formats/aws-sam.ts
var awsSam = {
  id: "aws-sam",
  detect(doc) {
    const template = readTemplate(doc.value);
    return template !== void 0 && isSamTemplate(template);
  },
  toPlans(doc) {
    const template = readTemplate(doc.value);
    if (template === void 0) return { plans: [], diagnostics: [] };
    const reader = { doc, diagnostics: [] };
    const plans = [];
    const hooks = hookFunctions(template);
    for (const [id, resource] of template.resources) {
      if (resourceType(resource) === FUNCTION && !hooks.has(id)) {
        const plan = functionPlan(reader, template, id, resource);
        const variants = functionVariants(reader, template, id, plan);
        plans.push(variants ? { ...plan, variants } : plan);
      }
    }
    plans.push(...resourcePlans(reader, template));
    return { plans, diagnostics: uniqueDiagnostics(reader.diagnostics) };
  }
};
var FUNCTION = "AWS::Serverless::Function";
var MAX_CONDITIONS = 4;
function functionVariants(reader, template, id, plan) {
  const configs = [...template.resources.values()].filter(
    (resource) => resourceType(resource) === "AWS::CodeDeploy::DeploymentConfig"
  );
  const scope = [template.resources.get(id), path(template.value, ["Globals", "Function"]), configs];
  const names2 = conditionNames(scope);
  if (names2.length === 0) return void 0;
  if (names2.length > MAX_CONDITIONS) {
    plan.notes.push(
      `the rollout depends on ${names2.length} conditions; only the weakest branch is judged, not each one against the base`
    );
    return void 0;
  }
  const variantFor = (choice) => {
    const specialized = readTemplate(specialize(template.value, choice));
    const resource = specialized?.resources.get(id);
    if (specialized === void 0 || resource === void 0) return void 0;
    const quiet = { doc: reader.doc, diagnostics: [] };
    const { strategy, stages, backgroundGates, rollback, bypasses } = functionPlan(
      quiet,
      specialized,
      id,
      resource
    );
    return { when: describeChoice(choice), strategy, stages, backgroundGates, rollback, bypasses };
  };
  const shapeKey = (variant) => JSON.stringify(variant ? { ...variant, when: [] } : null);
  const all = assignments(names2).map((choice) => ({ choice, key: shapeKey(variantFor(choice)) }));
  const relevant = names2.filter(
    (name) => all.some(({ choice, key }) => {
      const flipped = all.find(
        (other) => [...other.choice].every(([n, v]) => n === name ? v !== choice.get(n) : v === choice.get(n))
      );
      return flipped !== void 0 && flipped.key !== key;
    })
  );
  if (relevant.length === 0) return void 0;
  return assignments(relevant).flatMap((choice) => {
    const variant = variantFor(choice);
    return variant ? [variant] : [];
  });
}
function hookFunctions(template) {
  const names2 = /* @__PURE__ */ new Set();
  const collect = (preference) => {
    const hooks = field(preference, "Hooks");
    for (const key of HOOK_KEYS) {
      const value = field(hooks, key);
      const getAtt = asArray(field(value, "Fn::GetAtt"));
      const ref = asString(value) ?? asString(field(value, "Ref")) ?? asString(getAtt?.[0]);
      if (ref !== void 0) names2.add(ref);
    }
  };
  for (const [, resource] of template.resources)
    collect(path(resource, ["Properties", "DeploymentPreference"]));
  collect(path(template.value, GLOBAL_PREFERENCE.map(String)));
  return names2;
}
var GLOBAL_PREFERENCE = ["Globals", "Function", "DeploymentPreference"];
var HOOK_KEYS = /* @__PURE__ */ new Set(["PreTraffic", "PostTraffic"]);
var NO_PREFERENCE = "no DeploymentPreference: every update shifts all traffic at once";
var ALARMS_ROLL_BACK = "CloudWatch alarms stop and roll back the deployment";
var HOOKS_ROLL_BACK = "a failing hook rolls back";
function functionPlan(reader, template, id, resource) {
  const ctx = { ...reader, template, id, notes: [], bypasses: [] };
  const propertiesAt = ["Resources", id, "Properties"];
  const rawProperties = field(resource, "Properties");
  if (rawProperties !== void 0 && rawProperties !== null && !isObject(rawProperties)) {
    invalid2(ctx, propertiesAt, `must be a map, got ${describe(rawProperties)}`);
  }
  const properties = isObject(rawProperties) ? rawProperties : {};
  const typeLine = ctx.doc.lineOf(["Resources", id, "Type"]);
  const preference = readPreference(ctx, properties);
  const shape = preference === "absent" ? allAtOnce(typeLine, NO_PREFERENCE, "no DeploymentPreference: nothing rolls back") : preference === "unreadable" ? allAtOnce(
    typeLine,
    "DeploymentPreference cannot be read; read as all at once",
    "DeploymentPreference cannot be read: read as no rollback"
  ) : preferenceRollout(ctx, properties, preference);
  const condition = asString(field(resource, "Condition"));
  if (condition !== void 0) ctx.notes.push(`${id} is created only when condition ${condition} holds`);
  return {
    id: planId("aws-sam", FUNCTION, ctx.doc, id),
    format: "aws-sam",
    file: ctx.doc.file,
    line: typeLine,
    target: { kind: FUNCTION, name: id },
    ...shape,
    bypasses: ctx.bypasses,
    notes: ctx.notes
  };
  function allAtOnce(line, note, how) {
    ctx.notes.push(note);
    return {
      strategy: "all-at-once",
      stages: [finalStage(line)],
      backgroundGates: [],
      rollback: { automatic: false, how: [how] }
    };
  }
}
function readPreference(ctx, properties) {
  const localAt = ["Resources", ctx.id, "Properties", "DeploymentPreference"];
  const localRaw = field(properties, "DeploymentPreference");
  const globalRaw = path(ctx.template.value, GLOBAL_PREFERENCE);
  const local = mapOrReport(ctx, localRaw, localAt);
  const global = mapOrReport(ctx, globalRaw, GLOBAL_PREFERENCE);
  if (local === void 0 && global === void 0) {
    return isAbsent(localRaw) && isAbsent(globalRaw) ? "absent" : "unreadable";
  }
  const has = (object, keys) => keys.reduce(
    (value, key) => typeof key === "number" ? asArray(value)?.[key] : field(value, key),
    object
  ) !== void 0;
  return {
    value: mergeGlobals(global ?? {}, local ?? {}),
    local,
    global,
    localAt,
    at: (...keys) => {
      if (local !== void 0 && has(local, keys)) return [...localAt, ...keys];
      if (global !== void 0 && has(global, keys)) return [...GLOBAL_PREFERENCE, ...keys];
      return [...local !== void 0 ? localAt : GLOBAL_PREFERENCE, ...keys];
    }
  };
}
function isAbsent(value) {
  return value === void 0 || value === null;
}
function mapOrReport(ctx, value, at) {
  if (isAbsent(value)) return void 0;
  if (isObject(value) && !isIntrinsic(value)) return value;
  invalid2(
    ctx,
    at,
    `must be a map of deployment settings, got ${isIntrinsic(value) ? "an intrinsic function" : describe(value)}`
  );
  return void 0;
}
function mergeGlobals(global, local) {
  if (isObject(global) && isObject(local) && !isIntrinsic(global) && !isIntrinsic(local)) {
    const keys = [.../* @__PURE__ */ new Set([...Object.keys(global), ...Object.keys(local)])];
    return Object.fromEntries(
      keys.map((key) => {
        const own = field(local, key);
        const inherited = field(global, key);
        return [
          key,
          own === void 0 ? inherited : inherited === void 0 ? own : mergeGlobals(inherited, own)
        ];
      })
    );
  }
  if (Array.isArray(global) && Array.isArray(local)) return [...global, ...local];
  return local;
}
function preferenceRollout(ctx, properties, preference) {
  if (preference.global !== void 0) {
    ctx.notes.push(
      preference.local !== void 0 ? "DeploymentPreference is Globals.Function.DeploymentPreference merged with the function's own" : "DeploymentPreference comes from Globals.Function.DeploymentPreference"
    );
  }
  const enabled = readEnabled(ctx, preference);
  if (!enabled.on) {
    ctx.bypasses.push({
      field: enabled.field,
      reason: "DeploymentPreference is disabled: SAM points the alias at each new version at once, without CodeDeploy, hooks or alarms",
      line: enabled.line
    });
    return {
      strategy: "all-at-once",
      stages: [finalStage(enabled.line)],
      backgroundGates: [],
      rollback: { automatic: false, how: ["DeploymentPreference is disabled: nothing rolls back"] }
    };
  }
  checkAlias(ctx, properties, preference);
  const traffic = readType(ctx, preference);
  const alarms = readAlarms2(ctx, preference);
  const hooks = readHooks2(ctx, preference);
  const stages = traffic.stages;
  if (hooks.pre !== void 0)
    stages.unshift({ weight: 0, hold: 0, gates: [hooks.pre], line: hooks.pre.line });
  if (hooks.post !== void 0) stages[stages.length - 1]?.gates.push(hooks.post);
  const how = [];
  const lines = [];
  if (alarms.length > 0) {
    how.push(ALARMS_ROLL_BACK);
    lines.push(ctx.doc.lineOf(preference.at("Alarms")));
  }
  if (hooks.pre !== void 0 || hooks.post !== void 0) {
    how.push(HOOKS_ROLL_BACK);
    lines.push(ctx.doc.lineOf(preference.at("Hooks")));
  }
  const rollback = how.length > 0 ? { automatic: true, how, line: Math.min(...lines) } : {
    automatic: false,
    how: ["no Alarms or Hooks: nothing stops the traffic shift, so nothing rolls back"]
  };
  return { strategy: traffic.strategy, stages, backgroundGates: alarms, rollback };
}
function readEnabled(ctx, preference) {
  const at = preference.at("Enabled");
  const result = (on) => ({
    on,
    line: ctx.doc.lineOf(at),
    field: at[0] === "Globals" ? "Globals.Function.DeploymentPreference.Enabled" : "DeploymentPreference.Enabled"
  });
  const raw = field(preference.value, "Enabled");
  if (isAbsent(raw)) return result(true);
  if (isIntrinsic(raw)) {
    const alternatives = alternativesOf(ctx.template, raw);
    const on = alternatives.every(
      (alternative) => enabledValue(alternative.resolved.kind === "value" ? alternative.resolved.value : void 0)
    );
    ctx.notes.push(
      `DeploymentPreference.Enabled depends on ${describeSources(alternatives)}: ${on ? "enabled whatever the value" : "judged as disabled, the weakest"}`
    );
    return result(on);
  }
  if (typeof raw !== "boolean" && !(typeof raw === "string" && /^(?:true|false)$/i.test(raw))) {
    invalid2(ctx, at, `must be true or false, got ${describe(raw)}; SAM reads it as false`);
  }
  return result(enabledValue(raw));
}
function enabledValue(value) {
  if (typeof value === "boolean") return value;
  return typeof value === "string" && value.toLowerCase() === "true";
}
function describeSources(alternatives) {
  const sources = sourcesOf(alternatives);
  return sources.length > 0 ? sources.join(" and ") : "intrinsic functions";
}
function checkAlias(ctx, properties, preference) {
  const alias = field(properties, "AutoPublishAlias") ?? path(ctx.template.value, ["Globals", "Function", "AutoPublishAlias"]);
  if (!isAbsent(alias) && alias !== "") return;
  ctx.diagnostics.push({
    code: "MANIFEST_FIELD_INVALID",
    message: `${ctx.id} has a DeploymentPreference${preference.local === void 0 ? " (from Globals)" : ""} but no AutoPublishAlias: SAM rejects the template`,
    file: ctx.doc.file,
    line: ctx.doc.lineOf(preference.local !== void 0 ? preference.localAt : ["Resources", ctx.id])
  });
}
function readType(ctx, preference) {
  const at = preference.at("Type");
  const line = ctx.doc.lineOf(at);
  const raw = field(preference.value, "Type");
  if (isAbsent(raw) || raw === "") {
    invalid2(ctx, at.slice(0, -1), "has no Type: SAM rejects it; read as all at once");
    const traffic = unknownTraffic(line, "no Type", "DeploymentPreference has no Type; read as all at once");
    ctx.notes.push(...traffic.notes);
    return traffic;
  }
  return chooseTraffic(
    ctx.template,
    raw,
    "DeploymentPreference.Type",
    (resolved) => configTraffic(ctx, ctx.template, resolved, line, true),
    ctx.notes
  );
}
function readAlarms2(ctx, preference) {
  const entries = alarmEntries(ctx, preference);
  const gates = [];
  for (const entry of entries) {
    const alternatives = alternativesOf(ctx.template, entry.value);
    if (alternatives.some((alternative) => alternative.resolved.kind === "none")) {
      const shown = entry.at.slice(entry.at.lastIndexOf("DeploymentPreference"));
      ctx.notes.push(
        `${dotted(shown)} is left out under ${describeSources(alternatives)}; it is not counted`
      );
      continue;
    }
    gates.push(metricGate(nameOf(ctx.template, entry.value), ctx.doc.lineOf(entry.at)));
  }
  return gates;
}
function alarmEntries(ctx, preference) {
  const listAt = (base2) => [...base2, "Alarms"];
  const fromList = (list, base2) => list.map((value, index) => ({ value, at: [...listAt(base2), index] }));
  const own = field(preference.local, "Alarms");
  const inherited = field(preference.global, "Alarms");
  if (Array.isArray(own) && Array.isArray(inherited)) {
    return [...fromList(inherited, GLOBAL_PREFERENCE), ...fromList(own, preference.localAt)];
  }
  const [raw, base] = own !== void 0 ? [own, preference.localAt] : [inherited, GLOBAL_PREFERENCE];
  if (isAbsent(raw)) return [];
  if (Array.isArray(raw)) return fromList(raw, base);
  if (!isIntrinsic(raw)) {
    invalid2(ctx, listAt(base), `must be a list of alarms, got ${describe(raw)}`);
    return [];
  }
  const alternatives = alternativesOf(ctx.template, raw);
  const lists = alternatives.map(
    (alternative) => alternative.resolved.kind === "value" ? asArray(alternative.resolved.value) ?? [] : []
  );
  const fewest = lists.reduce(
    (best, list) => best === void 0 || list.length < best.length ? list : best,
    void 0
  ) ?? [];
  if (lists.some((list) => list.length !== fewest.length)) {
    ctx.notes.push(
      `Alarms depend on ${describeSources(alternatives)}: judged with the fewest, ${fewest.length === 0 ? "none" : fewest.length}`
    );
  }
  return fewest.map((value) => ({ value, at: listAt(base) }));
}
function readHooks2(ctx, preference) {
  const hooksAt = preference.at("Hooks");
  const hooks = field(preference.value, "Hooks");
  if (isAbsent(hooks)) return {};
  if (!isObject(hooks) || isIntrinsic(hooks)) {
    invalid2(ctx, hooksAt, `must be a map with PreTraffic and PostTraffic, got ${describe(hooks)}`);
    return {};
  }
  for (const key of Object.keys(hooks)) {
    if (!HOOK_KEYS.has(key))
      invalid2(ctx, preference.at("Hooks", key), "is not a SAM hook (PreTraffic or PostTraffic)");
  }
  const gate = (key) => {
    const value = field(hooks, key);
    if (isAbsent(value)) return void 0;
    const alternatives = alternativesOf(ctx.template, value);
    if (alternatives.some((alternative) => alternative.resolved.kind === "none")) {
      ctx.notes.push(`Hooks.${key} is left out under ${describeSources(alternatives)}; it is not counted`);
      return void 0;
    }
    return webhookGate(nameOf(ctx.template, value), ctx.doc.lineOf(preference.at("Hooks", key)));
  };
  const pre = gate("PreTraffic");
  const post = gate("PostTraffic");
  return { ...pre !== void 0 ? { pre } : {}, ...post !== void 0 ? { post } : {} };
}

// src/formats/pipeline-rollback.ts
function rollbackFromRunners(doc, runners, chain, promoteJob, whyNot2, none, notes) {
  const how = [];
  const partial = [];
  let line;
  const watched = [...chain, ...promoteJob === void 0 ? [] : [promoteJob]];
  for (const runner of runners) {
    if (!watched.some((job) => runner.covers.has(job))) continue;
    const missed = chain.filter((job) => !runner.covers.has(job));
    if (missed.length === 0) {
      how.push(runner.how);
      line ??= doc.lineOf(runner.at);
    } else {
      partial.push(`${runner.how}; ${whyNot2(runner, missed)}`);
    }
  }
  if (how.length > 0) {
    notes.push(...partial);
    return line === void 0 ? { automatic: true, how } : { automatic: true, how, line };
  }
  return { automatic: false, how: partial.length > 0 ? partial : [none] };
}

// src/formats/ci-conditions.ts
function githubConstant(raw) {
  if (typeof raw === "boolean" || typeof raw === "number" || raw === null) return { value: raw };
  if (typeof raw !== "string") return void 0;
  const whole = /^\s*\$\{\{([\s\S]*)\}\}\s*$/.exec(raw);
  const text = whole ? whole[1] ?? "" : raw;
  if (!whole && text.includes("${{")) return void 0;
  const parser = new Parser3(tokenize(text));
  const value = parser.github();
  return value === void 0 || !parser.done() ? void 0 : { value: value.v };
}
function githubTruthy(value) {
  return !(value === false || value === null || value === "" || typeof value === "number" && (value === 0 || Number.isNaN(value)));
}
function azureConstant(raw) {
  if (typeof raw === "boolean" || typeof raw === "number") return { value: raw };
  if (typeof raw !== "string" || /\$\(|\$\{\{|\$\[/.test(raw)) return void 0;
  const parser = new Parser3(tokenize(raw));
  const value = parser.azure();
  return value === void 0 || !parser.done() ? void 0 : { value: value.v };
}
function azureTruthy(value) {
  if (typeof value === "string") return value !== "" && value.toLowerCase() !== "false";
  return !(value === false || value === 0 || value === null);
}
function tokenize(text) {
  const tokens = [];
  const pattern = /\s*(?:(\|\||&&|==|!=|<=|>=|[!()<>,])|('(?:[^']|'')*')|(-?(?:0x[0-9a-fA-F]+|[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?))|([A-Za-z_][A-Za-z0-9_.-]*))/y;
  let index = 0;
  while (index < text.length) {
    if (/^\s*$/.test(text.slice(index))) break;
    pattern.lastIndex = index;
    const match = pattern.exec(text);
    if (!match) return void 0;
    index = pattern.lastIndex;
    if (match[1] !== void 0) tokens.push({ kind: "op", text: match[1] });
    else if (match[2] !== void 0)
      tokens.push({ kind: "string", text: match[2].slice(1, -1).replace(/''/g, "'") });
    else if (match[3] !== void 0) tokens.push({ kind: "number", text: match[3] });
    else if (match[4] !== void 0) tokens.push({ kind: "word", text: match[4] });
  }
  return tokens;
}
var Parser3 = class {
  constructor(tokens) {
    this.tokens = tokens;
  }
  tokens;
  at = 0;
  done() {
    return this.tokens !== void 0 && this.at === this.tokens.length;
  }
  peek() {
    return this.tokens?.[this.at];
  }
  take(text) {
    const token = this.peek();
    if (token === void 0 || text !== void 0 && token.text !== text) return void 0;
    this.at++;
    return token;
  }
  // GitHub: || and && return an operand, ! negates, comparisons loosely.
  github() {
    let left = this.githubAnd();
    while (left !== void 0 && this.take("||")) {
      const right = this.githubAnd();
      if (right === void 0) return void 0;
      left = githubTruthy(left.v) ? left : right;
    }
    return left;
  }
  githubAnd() {
    let left = this.githubUnary();
    while (left !== void 0 && this.take("&&")) {
      const right = this.githubUnary();
      if (right === void 0) return void 0;
      left = githubTruthy(left.v) ? right : left;
    }
    return left;
  }
  githubUnary() {
    if (this.take("!")) {
      const operand = this.githubUnary();
      return operand === void 0 ? void 0 : { v: !githubTruthy(operand.v) };
    }
    const left = this.githubPrimary();
    const op = this.peek();
    if (left === void 0 || op?.kind !== "op" || !["==", "!=", "<", "<=", ">", ">="].includes(op.text))
      return left;
    this.at++;
    const right = this.githubPrimary();
    return right === void 0 ? void 0 : { v: compare(op.text, left.v, right.v) };
  }
  githubPrimary() {
    if (this.take("(")) {
      const inner = this.github();
      return inner !== void 0 && this.take(")") ? inner : void 0;
    }
    return this.literal(false);
  }
  // Azure: and(), or(), not(), eq(), ne() over literals.
  azure() {
    const token = this.peek();
    if (token?.kind === "word" && this.tokens?.[this.at + 1]?.text === "(") {
      const name = token.text.toLowerCase();
      if (!["and", "or", "not", "eq", "ne"].includes(name)) return void 0;
      this.at += 2;
      const args = [];
      while (!this.take(")")) {
        if (args.length > 0 && !this.take(",")) return void 0;
        const arg = this.azure();
        if (arg === void 0) return void 0;
        args.push(arg.v);
      }
      switch (name) {
        case "and":
          return args.length >= 2 ? { v: args.every(azureTruthy) } : void 0;
        case "or":
          return args.length >= 2 ? { v: args.some(azureTruthy) } : void 0;
        case "not":
          return args.length === 1 ? { v: !azureTruthy(args[0]) } : void 0;
        default:
          return args.length === 2 ? { v: name === "eq" === looseEqual(args[0], args[1]) } : void 0;
      }
    }
    return this.literal(true);
  }
  literal(caseInsensitive) {
    const token = this.take();
    if (token === void 0) return void 0;
    if (token.kind === "string") return { v: token.text };
    if (token.kind === "number") {
      const negative = token.text.startsWith("-");
      const magnitude = Number(negative ? token.text.slice(1) : token.text);
      return { v: negative ? -magnitude : magnitude };
    }
    if (token.kind !== "word") return void 0;
    const word = caseInsensitive ? token.text.toLowerCase() : token.text;
    if (word === "true") return { v: true };
    if (word === "false") return { v: false };
    if (word === "null" && !caseInsensitive) return { v: null };
    return void 0;
  }
};
function toNumber(value) {
  if (value === null) return 0;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value === "number") return value;
  if (typeof value === "string") return value.trim() === "" ? 0 : Number(value);
  return Number.NaN;
}
function looseEqual(left, right) {
  if (typeof left === "string" && typeof right === "string")
    return left.toLowerCase() === right.toLowerCase();
  if (typeof left === typeof right) return left === right;
  return toNumber(left) === toNumber(right);
}
function compare(op, left, right) {
  if (op === "==") return looseEqual(left, right);
  if (op === "!=") return !looseEqual(left, right);
  const [a, b] = typeof left === "string" && typeof right === "string" ? [left.toLowerCase(), right.toLowerCase()] : [toNumber(left), toNumber(right)];
  switch (op) {
    case "<":
      return a < b;
    case "<=":
      return a <= b;
    case ">":
      return a > b;
    default:
      return a >= b;
  }
}

// src/formats/azure-pipelines.ts
var azurePipelines = {
  id: "azure-pipelines",
  detect(doc) {
    return detectPipeline(doc.value);
  },
  toPlans(doc) {
    if (!detectPipeline(doc.value)) return { plans: [], diagnostics: [] };
    return pipelinePlans(doc);
  }
};
var HOOKS = ["preDeploy", "deploy", "routeTraffic", "postRouteTraffic"];
var STRATEGIES2 = ["runOnce", "rolling", "canary"];
var KUBERNETES_MANIFEST = /^KubernetesManifest@\d+$/i;
var HELM_DEPLOY = /^HelmDeploy@\d+$/i;
var MANUAL_VALIDATION = /^ManualValidation@\d+$/i;
var DELAY = /^Delay@\d+$/i;
var SCRIPT_KEYS = ["script", "bash", "pwsh", "powershell"];
var BOOKKEEPING_KEYS = [
  "checkout",
  "download",
  "downloadBuild",
  "getPackage",
  "publish",
  "upload",
  "reviewApp"
];
var CHECK_WORDS = /\b(?:tests?|smoke|verif\w*|validat\w*|checks?|health\w*|monitor\w*|analy\w*|probe|k6|jmeter|locust)\b/i;
var ROLLBACK_WORDS = /\brollback\b|\broll back\b|\brevert\b|\bundo\b|\breject\b/i;
var ROLLBACK_SCRIPT = /helm\s+rollback|rollout\s+undo|rollouts?\s+abort|rollouts?\s+undo/i;
var ON_FAILURE = /(?<!not\(\s*)\bfailed\s*\(|\balways\s*\(\s*\)|\bsucceededOrFailed\s*\(\s*\)/i;
var DEPLOY_WORDS = /deploy|release|canary|rollout|promot/i;
var TEMPLATE_EXPRESSION = /^\$\{\{/;
var RUNTIME_VALUE = /\$\(|\$\{\{|\$\[/;
function detectPipeline(value) {
  const stages = asArray(field(value, "stages"));
  const jobs = asArray(field(value, "jobs"));
  const shaped = stages?.some((item) => field(item, "stage") !== void 0 || isTemplateItem(item)) === true || jobs?.some((item) => ["job", "deployment", "template"].some((key) => field(item, key) !== void 0)) === true;
  if (!shaped) return false;
  return hasDeploymentOrCanary(value) || generatedDeployParts(value).length > 0;
}
function isTemplateItem(item) {
  return isObject(item) && Object.keys(item).some((key) => TEMPLATE_EXPRESSION.test(key));
}
function hasDeploymentOrCanary(value, depth = 0) {
  if (depth > 40) return false;
  if (Array.isArray(value)) return value.some((item) => hasDeploymentOrCanary(item, depth + 1));
  if (!isObject(value)) return false;
  const deploymentJob = field(value, "environment") !== void 0 || field(value, "strategy") !== void 0;
  if (typeof field(value, "deployment") === "string" && deploymentJob) return true;
  const task = asString(field(value, "task"));
  if (task !== void 0 && KUBERNETES_MANIFEST.test(task)) {
    const strategy = asString(path(value, ["inputs", "strategy"]));
    if (strategy?.toLowerCase() === "canary") return true;
  }
  return Object.values(value).some((child) => hasDeploymentOrCanary(child, depth + 1));
}
function pipelinePlans(doc) {
  const ctx = { doc, diagnostics: [], fileNotes: [] };
  const jobs = readJobs(ctx);
  const graph = new JobGraph(jobs);
  const plans = buildPlans(ctx, jobs, graph);
  if (plans.length === 0) reportHiddenDeployments(ctx);
  return { plans, diagnostics: ctx.diagnostics };
}
function readJobs(ctx) {
  const jobs = [];
  const root = ctx.doc.value;
  const stages = field(root, "stages");
  if (stages !== void 0) {
    const list = asArray(stages);
    if (list === void 0) {
      invalid3(ctx, ["stages"], `stages must be a list, got ${describeValue(stages)}`);
      return jobs;
    }
    let previous;
    forEachItem(ctx, list, ["stages"], false, (item, at, generated) => {
      const name = asString(field(item, "stage"));
      if (name === void 0) {
        if (field(item, "template") !== void 0) noteTemplate(ctx, item, at, "stage");
        return;
      }
      const stage = {
        name,
        at,
        value: item,
        dependsOn: readDependsOn(field(item, "dependsOn"), previous),
        condition: asString(field(item, "condition"))
      };
      previous = name;
      readJobList(ctx, field(item, "jobs"), [...at, "jobs"], stage, generated, jobs);
    });
    return jobs;
  }
  readJobList(ctx, field(root, "jobs"), ["jobs"], void 0, false, jobs);
  return jobs;
}
function readJobList(ctx, raw, at, stage, generated, jobs) {
  if (raw === void 0 || raw === null) return;
  const list = asArray(raw);
  if (list === void 0) {
    invalid3(ctx, at, `${fieldPath(at)} must be a list of jobs, got ${describeValue(raw)}`);
    return;
  }
  forEachItem(ctx, list, at, generated, (item, itemAt, itemGenerated) => {
    const deployment = field(item, "deployment");
    const key = deployment !== void 0 ? "deployment" : field(item, "job") !== void 0 ? "job" : void 0;
    if (key === void 0) {
      if (field(item, "template") !== void 0) noteTemplate(ctx, item, itemAt, "job");
      return;
    }
    const name = asString(field(item, key));
    if (name === void 0) {
      invalid3(
        ctx,
        [...itemAt, key],
        `${fieldPath([...itemAt, key])} must be the job's name, got ${describeValue(field(item, key))}`
      );
      return;
    }
    jobs.push({
      order: jobs.length,
      key,
      name,
      stage,
      at: itemAt,
      value: item,
      dependsOn: readDependsOn(field(item, "dependsOn"), void 0),
      condition: asString(field(item, "condition")),
      steps: readJobSteps(ctx, item, itemAt, key, stage?.value),
      generated: itemGenerated
    });
  });
}
function forEachItem(ctx, list, at, generated, visit, depth = 0) {
  list.forEach((item, index) => {
    const itemAt = [...at, index];
    if (!isObject(item)) {
      invalid3(ctx, itemAt, `${fieldPath(itemAt)} must be a map, got ${describeValue(item)}`);
      return;
    }
    if (isTemplateItem(item)) {
      noteExpressions(ctx);
      if (depth > 8) return;
      for (const [key, inner] of Object.entries(item)) {
        const innerList = asArray(inner);
        if (innerList !== void 0) forEachItem(ctx, innerList, [...itemAt, key], true, visit, depth + 1);
      }
      return;
    }
    visit(item, itemAt, generated);
  });
}
function noteExpressions(ctx) {
  const note = "template expressions generate stages; judge the expanded pipeline (rollout-guard read what is literal)";
  if (!ctx.fileNotes.includes(note)) ctx.fileNotes.push(note);
}
function noteTemplate(ctx, item, at, kind) {
  const file = asString(field(item, "template")) ?? "a template";
  const note = `${fieldPath(at)} includes ${kind} template ${clip(file)}, which is not in this file; its ${kind}s were not judged`;
  if (!ctx.fileNotes.includes(note)) ctx.fileNotes.push(note);
}
function readDependsOn(raw, previous) {
  if (raw === void 0 || raw === null) return previous === void 0 ? [] : [previous];
  if (typeof raw === "string") return [raw];
  const names2 = [];
  const collect = (value, depth) => {
    if (depth > 8) return;
    if (typeof value === "string") names2.push(value);
    else if (Array.isArray(value)) value.forEach((v) => collect(v, depth + 1));
    else if (isObject(value)) Object.values(value).forEach((v) => collect(v, depth + 1));
  };
  collect(raw, 0);
  return names2;
}
function neverRuns(raw) {
  if (raw === void 0 || raw === null) return false;
  const constant = azureConstant(raw);
  return constant !== void 0 && !azureTruthy(constant.value);
}
function failureIgnored(raw) {
  if (raw === void 0 || raw === null || raw === false) return "no";
  const constant = azureConstant(raw);
  if (constant === void 0) return "maybe";
  return azureTruthy(constant.value) ? "yes" : "no";
}
function readJobSteps(ctx, job, at, key, stage) {
  const never = neverRuns(field(job, "condition")) || neverRuns(field(stage, "condition"));
  const ignored = failureIgnored(field(job, "continueOnError"));
  return readOwnJobSteps(ctx, job, at, key).map((step) => ({
    ...step,
    neverRuns: step.neverRuns || never,
    failureIgnored: step.failureIgnored === "yes" || ignored === "yes" ? "yes" : step.failureIgnored === "maybe" || ignored === "maybe" ? "maybe" : "no"
  }));
}
function readOwnJobSteps(ctx, job, at, key) {
  if (key === "job") return readSteps2(ctx, field(job, "steps"), [...at, "steps"], "steps");
  const kind = strategyKindOf(job);
  if (kind === void 0) return readSteps2(ctx, field(job, "steps"), [...at, "steps"], "steps");
  const strategyAt = [...at, "strategy", kind];
  const strategy = path(job, ["strategy", kind]);
  const steps = [];
  for (const hook of HOOKS) {
    steps.push(...readSteps2(ctx, path(strategy, [hook, "steps"]), [...strategyAt, hook, "steps"], hook));
  }
  for (const outcome of ["failure", "success"]) {
    steps.push(
      ...readSteps2(
        ctx,
        path(strategy, ["on", outcome, "steps"]),
        [...strategyAt, "on", outcome, "steps"],
        `on.${outcome}`
      )
    );
  }
  return steps;
}
function strategyKindOf(job) {
  const strategy = field(job, "strategy");
  return STRATEGIES2.find((kind) => field(strategy, kind) !== void 0);
}
function readSteps2(ctx, raw, at, hook) {
  if (raw === void 0 || raw === null) return [];
  const list = asArray(raw);
  if (list === void 0) {
    invalid3(ctx, at, `${fieldPath(at)} must be a list of steps, got ${describeValue(raw)}`);
    return [];
  }
  const steps = [];
  forEachItem(ctx, list, at, false, (item, itemAt) => {
    if (field(item, "template") !== void 0 && Object.keys(item).length <= 2) {
      noteTemplate(ctx, item, itemAt, "step");
      return;
    }
    const task = asString(field(item, "task"));
    const script = SCRIPT_KEYS.find((key) => field(item, key) !== void 0);
    steps.push({
      at: itemAt,
      value: item,
      hook,
      task,
      name: asString(field(item, "displayName")) ?? asString(field(item, "name")) ?? task ?? script ?? "step",
      condition: asString(field(item, "condition")),
      failureIgnored: failureIgnored(field(item, "continueOnError")),
      neverRuns: neverRuns(field(item, "condition"))
    });
  });
  return steps;
}
var JobGraph = class {
  constructor(jobs) {
    this.jobs = jobs;
  }
  jobs;
  ancestors = /* @__PURE__ */ new Map();
  /** Every job that has finished before `job` starts (through job and stage dependsOn). */
  ancestorsOf(job) {
    const known = this.ancestors.get(job);
    if (known) return known;
    const result = /* @__PURE__ */ new Set();
    this.ancestors.set(job, result);
    for (const other of this.jobs) {
      if (other === job) continue;
      const sameStage = other.stage === job.stage;
      const direct = sameStage ? job.dependsOn.includes(other.name) : other.stage !== void 0 && job.stage !== void 0 && job.stage.dependsOn.includes(other.stage.name);
      if (!direct) continue;
      result.add(other);
      for (const grand of this.ancestorsOf(other)) result.add(grand);
    }
    if (job.stage) {
      for (const other of this.jobs) {
        if (other.stage && other.stage !== job.stage && this.stageBefore(other.stage, job.stage, 0)) {
          result.add(other);
        }
      }
    }
    return result;
  }
  stageBefore(candidate, stage, depth) {
    if (depth > 50) return false;
    if (stage.dependsOn.includes(candidate.name)) return true;
    return stage.dependsOn.some((name) => {
      const parent = this.jobs.find((job) => job.stage?.name === name)?.stage;
      return parent !== void 0 && parent !== stage && this.stageBefore(candidate, parent, depth + 1);
    });
  }
};
function buildPlans(ctx, jobs, graph) {
  const actions = new Map(jobs.map((job) => [job, readCanaryActions(job)]));
  const canaries = jobs.flatMap((job) => {
    const start = (actions.get(job) ?? []).find(
      (a) => a.action === "deploy" && !a.step.hook.startsWith("on.")
    );
    return start ? [{ job, start, promote: findPromote(job, start, jobs, actions, graph) }] : [];
  });
  const promoteJobs = new Set(
    canaries.flatMap(({ job, promote }) => promote && promote.job !== job ? [promote.job] : [])
  );
  const plans = [];
  for (const job of jobs) {
    const canary2 = canaries.find((c) => c.job === job);
    if (canary2) {
      plans.push(kubernetesCanaryPlan(ctx, canary2.job, canary2.start, canary2.promote, jobs, graph, actions));
    } else if (job.key === "deployment" && !promoteJobs.has(job) && !isRollbackJob(job)) {
      plans.push(deploymentJobPlan(ctx, job, jobs, graph, actions));
    }
  }
  return plans;
}
function readCanaryActions(job) {
  return job.steps.flatMap((step) => {
    if (step.task === void 0 || !KUBERNETES_MANIFEST.test(step.task)) return [];
    const inputs = field(step.value, "inputs");
    const strategy = asString(field(inputs, "strategy"))?.toLowerCase();
    const action = (asString(field(inputs, "action")) ?? "deploy").toLowerCase();
    if (action === "promote" || action === "reject") return [{ step, action }];
    return action === "deploy" && strategy === "canary" ? [{ step, action: "deploy" }] : [];
  });
}
function findPromote(job, start, jobs, actions, graph) {
  const own = (actions.get(job) ?? []).find(
    (a) => a.action === "promote" && job.steps.indexOf(a.step) > job.steps.indexOf(start.step) && a.step.hook !== "on.failure"
  );
  if (own) return { job, step: own.step };
  for (const later of jobs) {
    if (later === job || !graph.ancestorsOf(later).has(job)) continue;
    const promote = (actions.get(later) ?? []).find(
      (a) => a.action === "promote" && a.step.hook !== "on.failure"
    );
    if (promote && !runsOnFailure(later)) return { job: later, step: promote.step };
  }
  return void 0;
}
function runsOnFailure(job) {
  return [job.condition, job.stage?.condition].some((c) => c !== void 0 && ON_FAILURE.test(c));
}
function isRollbackJob(job) {
  const steps = job.steps.filter((step) => !step.hook.startsWith("on."));
  if (!steps.some(isRollbackStep)) return false;
  if (runsOnFailure(job)) return true;
  const deploys = steps.filter(
    (step) => step.task !== void 0 && (KUBERNETES_MANIFEST.test(step.task) || HELM_DEPLOY.test(step.task))
  );
  return deploys.length > 0 && deploys.every(isRollbackStep);
}
function kubernetesCanaryPlan(ctx, job, start, promote, jobs, graph, actions) {
  const notes = [];
  const canary2 = canaryStageFrom(ctx, start.step, notes);
  applyChecks(ctx, canary2, stepsBetween(job, start.step, promote, jobs, graph), notes);
  const chain = promote ? [job, ...intermediateJobs(job, promote, jobs, graph)] : [job];
  let final;
  if (promote) {
    final = {
      weight: 100,
      hold: 0,
      gates: [],
      line: ctx.doc.lineOf(promote.step.at),
      name: promote.step.name
    };
  } else {
    canary2.hold = "manual";
    notes.push(
      "no step promotes the canary in this file: it stays beside the stable version until someone promotes or rejects it"
    );
    final = { weight: 100, hold: 0, gates: [], line: ctx.doc.lineOf([...job.at, job.key]) };
  }
  for (const env of environmentsOf(promote ? [...chain, promote.job] : chain)) noteEnvironment(notes, env);
  const method = asString(path(start.step.value, ["inputs", "trafficSplitMethod"]))?.toLowerCase();
  if (method !== "smi") {
    notes.push(
      "the canary share is a share of pods (trafficSplitMethod pod): traffic follows replica counts"
    );
  }
  const rollback = rollbackFor(ctx, chain, promote?.job, jobs, graph, actions, notes);
  return makePlan(ctx, job, "canary", [canary2, final], rollback, notes);
}
function canaryStageFrom(ctx, step, notes) {
  const at = [...step.at, "inputs", "percentage"];
  const raw = path(step.value, ["inputs", "percentage"]);
  const stage = { weight: 0, hold: 0, gates: [], line: ctx.doc.lineOf(at), name: step.name };
  if (raw === void 0) {
    invalid3(ctx, at, `${fieldPath(at)} is required with strategy: canary; the canary's share is unknown`);
    stage.segment = "canary (no percentage)";
    return stage;
  }
  const value = typeof raw === "string" && /^\d+(?:\.\d+)?$/.test(raw.trim()) ? Number(raw) : asNumber(raw);
  if (value !== void 0 && value >= 0 && value <= 100) {
    stage.weight = value;
    return stage;
  }
  if (typeof raw === "string" && RUNTIME_VALUE.test(raw)) {
    stage.segment = "canary (percentage set at run time)";
    notes.push(
      `${fieldPath(at)} is a variable or parameter: the canary's share is only known when the pipeline runs`
    );
    return stage;
  }
  invalid3(ctx, at, `${fieldPath(at)} must be a percentage from 0 to 100, got ${describeValue(raw)}`);
  stage.segment = "canary (percentage unreadable)";
  return stage;
}
function stepsBetween(job, start, promote, jobs, graph) {
  const startIndex = job.steps.indexOf(start);
  const own = job.steps.filter((step, index) => index > startIndex && !step.hook.startsWith("on."));
  if (!promote) return own;
  if (promote.job === job)
    return own.filter((step) => job.steps.indexOf(step) < job.steps.indexOf(promote.step));
  const middle = intermediateJobs(job, promote, jobs, graph).flatMap(
    (j) => j.steps.filter((s) => !s.hook.startsWith("on."))
  );
  const last = promote.job.steps.slice(0, promote.job.steps.indexOf(promote.step)).filter((s) => !s.hook.startsWith("on."));
  return [...own, ...middle, ...last];
}
function intermediateJobs(job, promote, jobs, graph) {
  if (promote.job === job) return [];
  const before = graph.ancestorsOf(promote.job);
  return jobs.filter((other) => other !== job && before.has(other) && graph.ancestorsOf(other).has(job));
}
function applyChecks(ctx, stage, steps, notes) {
  for (const step of steps) {
    if (step.neverRuns) {
      const relevant = step.task !== void 0 && (MANUAL_VALIDATION.test(step.task) || DELAY.test(step.task)) || isCheck(step);
      if (relevant) {
        notes.push(
          `${fieldPath(step.at)} never runs (its condition, or its job's or stage's, is always false): it neither waits nor checks anything`
        );
      }
      continue;
    }
    if (step.task !== void 0 && MANUAL_VALIDATION.test(step.task)) {
      const onTimeout = asString(path(step.value, ["inputs", "onTimeout"]))?.toLowerCase();
      const resumes = onTimeout === "resume";
      if (resumes) {
        notes.push(`${fieldPath(step.at)} resumes on timeout: the rollout goes on when nobody answers`);
      }
      stage.gates.push({
        kind: "approval",
        name: step.name,
        line: ctx.doc.lineOf(step.at),
        effective: !resumes
      });
      stage.hold = "manual";
      continue;
    }
    if (step.task !== void 0 && DELAY.test(step.task)) {
      addHold(stage, readDelay(ctx, step, notes));
      continue;
    }
    if (!isCheck(step)) continue;
    if (step.failureIgnored === "yes") {
      notes.push(
        `${fieldPath(step.at)} has continueOnError (on the step or its job): its failure does not stop the rollout`
      );
    } else if (step.failureIgnored === "maybe") {
      notes.push(
        `${fieldPath(step.at)} has a continueOnError expression: its failure may not stop the rollout, so it is not counted as a check`
      );
    }
    stage.gates.push({
      kind: "webhook",
      name: step.name,
      line: ctx.doc.lineOf(step.at),
      effective: step.failureIgnored === "no"
    });
  }
}
function isCheck(step) {
  if (BOOKKEEPING_KEYS.some((key) => field(step.value, key) !== void 0)) return false;
  if (step.task !== void 0 && (KUBERNETES_MANIFEST.test(step.task) || HELM_DEPLOY.test(step.task)))
    return false;
  if (step.hook === "postRouteTraffic") return true;
  const script = SCRIPT_KEYS.map((key) => asString(field(step.value, key))).find((s) => s !== void 0) ?? "";
  return CHECK_WORDS.test(step.name) || CHECK_WORDS.test(script);
}
function addHold(stage, hold) {
  stage.hold = stage.hold === "manual" || hold === "manual" ? "manual" : stage.hold + hold;
}
function readDelay(ctx, step, notes) {
  const at = [...step.at, "inputs", "delayForMinutes"];
  const raw = path(step.value, ["inputs", "delayForMinutes"]);
  const minutes2 = typeof raw === "string" && /^\d+(?:\.\d+)?$/.test(raw.trim()) ? Number(raw) : asNumber(raw);
  if (minutes2 !== void 0 && minutes2 >= 0) return Math.round(minutes2 * 60);
  if (typeof raw === "string" && RUNTIME_VALUE.test(raw)) {
    notes.push(`${fieldPath(at)} is set at run time; read as no delay`);
  } else {
    invalid3(ctx, at, `${fieldPath(at)} must be a number of minutes, got ${describeValue(raw)}; read as no delay`);
  }
  return 0;
}
function deploymentJobPlan(ctx, job, jobs, graph, actions) {
  const notes = [];
  const kind = readStrategyKind2(ctx, job, notes);
  const strategyAt = kind === void 0 ? [...job.at, "deployment"] : [...job.at, "strategy", kind];
  const finalLine = ctx.doc.lineOf(strategyAt);
  let stages;
  let strategy;
  if (kind === "canary") {
    stages = canaryIncrements(ctx, job, strategyAt, notes);
    strategy = "canary";
  } else if (kind === "rolling") {
    noteMaxParallel(job, notes);
    stages = [{ weight: 100, hold: 0, gates: [], line: finalLine }];
    strategy = "rolling";
  } else {
    notes.push(
      `deployment job ${clip(job.name)} runs once (runOnce): the new version takes all traffic in one step`
    );
    stages = [{ weight: 100, hold: 0, gates: [], line: finalLine }];
    strategy = "all-at-once";
  }
  notePostDeployChecks(job, kind, notes);
  for (const env of environmentsOf([job])) noteEnvironment(notes, env);
  const rollback = rollbackFor(ctx, [job], void 0, jobs, graph, actions, notes);
  return makePlan(ctx, job, strategy, stages, rollback, notes);
}
function readStrategyKind2(ctx, job, notes) {
  const raw = field(job.value, "strategy");
  if (raw === void 0 || raw === null) {
    notes.push(`deployment job ${clip(job.name)} has no strategy: Azure Pipelines runs it once (runOnce)`);
    return void 0;
  }
  const kinds = STRATEGIES2.filter((kind) => field(raw, kind) !== void 0);
  if (!isObject(raw) || kinds.length !== 1) {
    invalid3(
      ctx,
      [...job.at, "strategy"],
      `${fieldPath([...job.at, "strategy"])} must hold exactly one of runOnce, rolling or canary; read as runOnce`
    );
    return void 0;
  }
  return kinds[0];
}
function canaryIncrements(ctx, job, strategyAt, notes) {
  const at = [...strategyAt, "increments"];
  const raw = path(job.value, ["strategy", "canary", "increments"]);
  const list = asArray(raw);
  const finalStage4 = { weight: 100, hold: 0, gates: [], line: ctx.doc.lineOf(strategyAt) };
  if (list === void 0) {
    if (raw === void 0)
      notes.push("the canary strategy has no increments: the new version takes all traffic in one step");
    else invalid3(ctx, at, `${fieldPath(at)} must be a list of percentages, got ${describeValue(raw)}`);
    return [finalStage4];
  }
  const postRoute = job.steps.filter((step) => step.hook === "postRouteTraffic");
  const stages = [];
  list.forEach((item, index) => {
    const itemAt = [...at, index];
    const value = typeof item === "string" && /^\d+(?:\.\d+)?$/.test(item.trim()) ? Number(item) : asNumber(item);
    if (value === void 0 || value <= 0 || value > 100) {
      if (typeof item === "string" && RUNTIME_VALUE.test(item)) {
        notes.push(`${fieldPath(itemAt)} is set at run time; that increment was not judged`);
      } else {
        invalid3(ctx, itemAt, `${fieldPath(itemAt)} must be a percentage from 1 to 100, got ${describeValue(item)}`);
      }
      return;
    }
    const stage = { weight: value, hold: 0, gates: [], line: ctx.doc.lineOf(itemAt) };
    applyChecks(ctx, stage, postRoute, index === 0 ? notes : []);
    stages.push(stage);
  });
  notes.push(
    "canary increments are read as percentages of the environment; what they mean depends on the deploy steps (e.g. KubernetesManifest percentage: $(strategy.increment))"
  );
  if (stages.at(-1)?.weight !== 100) stages.push(finalStage4);
  return stages;
}
function noteMaxParallel(job, notes) {
  const maxParallel = path(job.value, ["strategy", "rolling", "maxParallel"]);
  const shown = typeof maxParallel === "number" || typeof maxParallel === "string" ? ` ${String(maxParallel)} targets at a time` : "";
  notes.push(`rolling deploys to the virtual machines of the environment${shown}; it has no traffic stages`);
}
function notePostDeployChecks(job, kind, notes) {
  if (kind === "canary") return;
  const checks = job.steps.filter((step) => step.hook === "postRouteTraffic");
  if (checks.length === 0) return;
  notes.push(
    `postRouteTraffic steps (${checks.map((s) => clip(s.name, 40)).join(", ")}) run after the new version has all traffic: they can start a rollback but cannot hold the rollout`
  );
}
function isRollbackStep(step) {
  const task = step.task ?? "";
  const inputs = field(step.value, "inputs");
  if (KUBERNETES_MANIFEST.test(task)) return asString(field(inputs, "action"))?.toLowerCase() === "reject";
  if (HELM_DEPLOY.test(task)) return asString(field(inputs, "command"))?.toLowerCase() === "rollback";
  const script = SCRIPT_KEYS.map((key) => asString(field(step.value, key))).find((s) => s !== void 0);
  if (script !== void 0 && ROLLBACK_SCRIPT.test(script)) return true;
  return ROLLBACK_WORDS.test(step.name);
}
function rollbackRunners(jobs, graph, actions) {
  const runners = [];
  for (const job of jobs) {
    const onFailure = job.steps.filter((step) => step.hook === "on.failure");
    if (onFailure.length > 0) {
      const kind = strategyKindOf(job.value) ?? "runOnce";
      runners.push({
        covers: /* @__PURE__ */ new Set([job]),
        how: `the on: failure steps of deployment job ${clip(job.name)} run when it fails (${names(onFailure)})`,
        at: [...job.at, "strategy", kind, "on", "failure"]
      });
    }
    if (runsOnFailure(job)) {
      const steps = job.steps.filter(
        (step) => isRollbackStep(step) || (actions.get(job) ?? []).some((a) => a.action === "reject" && a.step === step)
      );
      if (steps.length === 0) continue;
      const stageLevel = job.stage !== void 0 && job.condition === void 0;
      const where = stageLevel && job.stage ? `stage ${clip(job.stage.name)}` : `job ${clip(job.name)}`;
      const condition = (stageLevel ? job.stage?.condition : job.condition) ?? "";
      runners.push({
        covers: graph.ancestorsOf(job),
        how: `${where} runs ${names(steps)} when a job before it fails (condition: ${clip(condition)})`,
        at: stageLevel && job.stage ? job.stage.at : job.at
      });
      continue;
    }
    for (const step of job.steps) {
      if (step.hook.startsWith("on.") || step.condition === void 0 || !ON_FAILURE.test(step.condition))
        continue;
      if (!isRollbackStep(step)) continue;
      runners.push({
        covers: /* @__PURE__ */ new Set([job]),
        how: `step ${clip(step.name)} of job ${clip(job.name)} rolls back when a step before it fails`,
        at: step.at
      });
    }
  }
  return runners;
}
function rollbackFor(ctx, chain, promoteJob, jobs, graph, actions, notes) {
  return rollbackFromRunners(
    ctx.doc,
    rollbackRunners(jobs, graph, actions),
    chain,
    promoteJob,
    (_runner, missed) => `it does not run when ${missed.map((j) => clip(j.name)).join(", ")} fails`,
    "no on: failure steps and no rollback job",
    notes
  );
}
function names(steps) {
  return steps.map((step) => clip(step.name, 40)).join(", ");
}
function readEnvironment(job) {
  const raw = field(job.value, "environment");
  const name = typeof raw === "string" ? raw : asString(field(raw, "name"));
  if (name === void 0 || name === "") return void 0;
  const base = typeof raw === "string" && !RUNTIME_VALUE.test(name) ? name.split(".")[0] ?? name : name;
  return { name: base, expression: RUNTIME_VALUE.test(name) };
}
function environmentsOf(jobs) {
  const seen = /* @__PURE__ */ new Map();
  for (const job of jobs) {
    const env = readEnvironment(job);
    if (env && !seen.has(env.name)) seen.set(env.name, env);
  }
  return [...seen.values()];
}
function noteEnvironment(notes, env) {
  notes.push(
    `approvals and checks on environment ${clip(env.name)} are configured in Azure DevOps, not in this file`
  );
}
function jobKey(job) {
  return job.stage ? `${job.stage.name}/${job.name}` : job.name;
}
function makePlan(ctx, job, strategy, stages, rollback, notes) {
  const env = readEnvironment(job);
  const target = env ? { kind: "Environment", name: env.name } : { kind: job.key === "deployment" ? "DeploymentJob" : "Job", name: job.name };
  if (env?.expression)
    notes.push(`the environment name ${clip(env.name)} is a template expression or variable`);
  if (!env && job.key === "deployment") {
    invalid3(
      ctx,
      [...job.at, "deployment"],
      `deployment job ${clip(job.name)} has no environment; Azure Pipelines requires one`
    );
  }
  if (job.generated)
    notes.push(
      `job ${clip(job.name)} sits inside a template expression: it may run more than once, or not at all`
    );
  return {
    id: planId("azure-pipelines", "DeploymentJob", ctx.doc, `${ctx.doc.file}#${jobKey(job)}`),
    format: "azure-pipelines",
    file: ctx.doc.file,
    line: ctx.doc.lineOf([...job.at, job.key]),
    target,
    strategy,
    stages,
    backgroundGates: [],
    rollback,
    bypasses: [],
    notes: [...ctx.fileNotes, ...notes]
  };
}
function generatedDeployParts(value) {
  const parts = [];
  const stages = asArray(field(value, "stages"));
  const jobsAt = [];
  if (stages) {
    stages.forEach((stage, i) => {
      if (isTemplateItem(stage)) {
        for (const [key, inner] of Object.entries(stage)) {
          for (const [j, generated] of (asArray(inner) ?? []).entries()) {
            const name = asString(field(generated, "stage")) ?? "";
            const templates = (asArray(field(generated, "jobs")) ?? []).map(
              (job) => asString(field(job, "template")) ?? ""
            );
            if (DEPLOY_WORDS.test(name) || templates.some((t) => DEPLOY_WORDS.test(t))) {
              parts.push({
                at: ["stages", i, key, j],
                description: describeGenerated(key, name, templates, generated)
              });
            }
          }
        }
      } else {
        const jobs = asArray(field(stage, "jobs"));
        if (jobs) jobsAt.push([jobs, ["stages", i, "jobs"]]);
      }
    });
  } else {
    const jobs = asArray(field(value, "jobs"));
    if (jobs) jobsAt.push([jobs, ["jobs"]]);
  }
  for (const [jobs, at] of jobsAt) {
    jobs.forEach((job, i) => {
      const template = asString(field(job, "template"));
      if (template !== void 0 && DEPLOY_WORDS.test(template)) {
        parts.push({ at: [...at, i], description: `job template ${clip(template)} is not in this file` });
      }
    });
  }
  return parts;
}
function describeGenerated(key, name, templates, generated) {
  const expression = clip(key.replace(/:$/, ""), 70);
  const jobs = templates.filter((t) => t !== "");
  let text = `\`${expression}\` generates stage ${clip(name)}${jobs.length > 0 ? ` from template ${jobs.map((t) => clip(t)).join(", ")}, which is not in this file` : ""}`;
  const dependsOn = field(generated, "dependsOn");
  if (dependsOn !== void 0) {
    const deps = readDependsOn(dependsOn, void 0);
    if (!deps.some((dep) => dep.includes("${{"))) {
      text += `; every generated stage depends only on ${deps.map((d) => clip(d)).join(", ") || "nothing"}, so the generated stages are not sequenced and can run at the same time`;
    }
  }
  return text;
}
function reportHiddenDeployments(ctx) {
  const parts = generatedDeployParts(ctx.doc.value);
  const first = parts[0];
  if (first === void 0) return;
  ctx.diagnostics.push({
    code: "MANIFEST_UNSUPPORTED",
    message: `the deployments of this pipeline are generated: ${parts.map((p) => p.description).join("; ")}. Template expressions generate stages; judge the expanded pipeline`,
    file: ctx.doc.file,
    line: ctx.doc.lineOf(first.at)
  });
}
function invalid3(ctx, at, message) {
  ctx.diagnostics.push({
    code: "MANIFEST_FIELD_INVALID",
    message,
    file: ctx.doc.file,
    line: ctx.doc.lineOf(at)
  });
}

// src/formats/github-actions.ts
var githubActions = {
  id: "github-actions",
  detect(doc) {
    return isWorkflow(doc);
  },
  toPlans(doc) {
    if (!isWorkflow(doc)) return { plans: [], diagnostics: [] };
    return workflowPlans(doc);
  }
};
var WORKFLOW_DIRECTORY = /(?:^|\/)\.github\/workflows\//;
var K8S_DEPLOY = /^azure\/k8s-deploy@/i;
var MANUAL_APPROVAL = /^trstringer\/manual-approval@/i;
var CHECK_WORDS2 = /\b(?:tests?|smoke|verif\w*|validat\w*|checks?|health\w*|monitor\w*|analy\w*|probe|k6|jmeter|locust)\b/i;
var ROLLBACK_WORDS2 = /\brollback\b|\broll back\b|\brevert\b|\bundo\b|\breject\b/i;
var ROLLBACK_SCRIPT2 = /helm\s+rollback|rollout\s+undo|rollouts?\s+abort|rollouts?\s+undo/i;
var SLEEP = /^\s*sleep\s+(\d+)([smh]?)\s*$/;
var EXPRESSION = /\$\{\{/;
function isWorkflow(doc) {
  const file = doc.file.replace(/\\/g, "/");
  return WORKFLOW_DIRECTORY.test(file) && isObject(field(doc.value, "jobs")) && field(doc.value, "on") !== void 0;
}
function workflowPlans(doc) {
  const ctx = { doc, diagnostics: [] };
  const jobs = readJobs2(ctx);
  const graph = new NeedsGraph(jobs);
  const actions = new Map(jobs.map((job) => [job, readCanaryActions2(job)]));
  const canaries = jobs.flatMap((job) => {
    const start = (actions.get(job) ?? []).find(
      (a) => a.action === "deploy" && !runsOnFailure2(a.step.condition)
    );
    return start ? [{ job, start, promote: findPromote2(job, start, jobs, actions, graph) }] : [];
  });
  const inCanary = new Set(
    canaries.flatMap(
      ({ job, promote }) => promote ? [job, promote.job, ...intermediateJobs2(job, promote.job, jobs, graph)] : [job]
    )
  );
  const plans = [];
  for (const job of jobs) {
    const canary2 = canaries.find((c) => c.job === job);
    if (canary2) {
      plans.push(canaryPlan(ctx, canary2.job, canary2.start, canary2.promote, jobs, graph, actions));
    } else if (job.environment && !inCanary.has(job) && !isRollbackJob2(job, actions)) {
      plans.push(environmentPlan(ctx, job, jobs, graph, actions));
    }
  }
  return { plans, diagnostics: ctx.diagnostics };
}
function readJobs2(ctx) {
  const jobs = field(ctx.doc.value, "jobs");
  return Object.keys(jobs).flatMap((id) => {
    const at = ["jobs", id];
    const value = field(jobs, id);
    if (!isObject(value)) {
      invalid4(ctx, at, `${fieldPath(at)} must be a map, got ${describeValue(value)}`);
      return [];
    }
    return [
      {
        id,
        at,
        value,
        needs: readNeeds(ctx, value, at),
        condition: conditionOf(field(value, "if")),
        environment: readEnvironment2(ctx, value, at),
        steps: jobSteps(ctx, value, at)
      }
    ];
  });
}
function jobSteps(ctx, job, at) {
  const never = neverRuns2(field(job, "if"));
  const ignored = failureIgnored2(field(job, "continue-on-error"));
  return readSteps3(ctx, job, at).map((step) => ({
    ...step,
    neverRuns: step.neverRuns || never,
    failureIgnored: step.failureIgnored === "yes" || ignored === "yes" ? "yes" : step.failureIgnored === "maybe" || ignored === "maybe" ? "maybe" : "no"
  }));
}
function neverRuns2(raw) {
  if (raw === void 0) return false;
  const constant = githubConstant(raw);
  return constant !== void 0 && !githubTruthy(constant.value);
}
function failureIgnored2(raw) {
  if (raw === void 0 || raw === null || raw === false) return "no";
  const constant = githubConstant(raw);
  if (constant === void 0) return "maybe";
  return githubTruthy(constant.value) ? "yes" : "no";
}
function readNeeds(ctx, job, at) {
  const raw = field(job, "needs");
  if (raw === void 0 || raw === null) return [];
  if (typeof raw === "string") return [raw];
  const list = asArray(raw);
  if (list === void 0) {
    invalid4(
      ctx,
      [...at, "needs"],
      `${fieldPath([...at, "needs"])} must be a job id or a list of them, got ${describeValue(raw)}`
    );
    return [];
  }
  return list.filter((need) => typeof need === "string");
}
function conditionOf(raw) {
  if (typeof raw === "boolean" || typeof raw === "number") return String(raw);
  return asString(raw);
}
function readEnvironment2(ctx, job, at) {
  const raw = field(job, "environment");
  if (raw === void 0 || raw === null) return void 0;
  const envAt = [...at, "environment"];
  const name = typeof raw === "string" ? raw : asString(field(raw, "name"));
  if (name === void 0 || name === "") {
    invalid4(ctx, envAt, `${fieldPath(envAt)} must be an environment name or {name, url}, got ${describeValue(raw)}`);
    return void 0;
  }
  return { name, at: envAt };
}
function readSteps3(ctx, job, at) {
  const raw = field(job, "steps");
  if (raw === void 0 || raw === null) return [];
  const list = asArray(raw);
  if (list === void 0) {
    invalid4(
      ctx,
      [...at, "steps"],
      `${fieldPath([...at, "steps"])} must be a list of steps, got ${describeValue(raw)}`
    );
    return [];
  }
  return list.flatMap((item, index) => {
    const stepAt = [...at, "steps", index];
    if (!isObject(item)) {
      invalid4(ctx, stepAt, `${fieldPath(stepAt)} must be a map, got ${describeValue(item)}`);
      return [];
    }
    const uses = asString(field(item, "uses"));
    const run = asString(field(item, "run"));
    return [
      {
        at: stepAt,
        value: item,
        uses,
        run,
        name: asString(field(item, "name")) ?? uses ?? (run !== void 0 ? clip(run.trim(), 40) : "step"),
        condition: conditionOf(field(item, "if")),
        failureIgnored: failureIgnored2(field(item, "continue-on-error")),
        neverRuns: neverRuns2(field(item, "if"))
      }
    ];
  });
}
function readCanaryActions2(job) {
  return job.steps.flatMap((step) => {
    if (step.uses === void 0 || !K8S_DEPLOY.test(step.uses)) return [];
    const inputs = field(step.value, "with");
    const strategy = asString(field(inputs, "strategy"))?.toLowerCase();
    const action = (asString(field(inputs, "action")) ?? "deploy").toLowerCase();
    if (strategy !== "canary") return [];
    if (action === "promote" || action === "reject") return [{ step, action }];
    return action === "deploy" ? [{ step, action: "deploy" }] : [];
  });
}
var NeedsGraph = class {
  constructor(jobs) {
    this.jobs = jobs;
  }
  jobs;
  ancestors = /* @__PURE__ */ new Map();
  ancestorsOf(job) {
    const known = this.ancestors.get(job);
    if (known) return known;
    const result = /* @__PURE__ */ new Set();
    this.ancestors.set(job, result);
    for (const need of job.needs) {
      const parent = this.jobs.find((other) => other.id === need);
      if (parent === void 0 || parent === job) continue;
      result.add(parent);
      for (const grand of this.ancestorsOf(parent)) result.add(grand);
    }
    return result;
  }
};
function findPromote2(job, start, jobs, actions, graph) {
  const after = job.steps.indexOf(start.step);
  const own = (actions.get(job) ?? []).find(
    (a) => a.action === "promote" && job.steps.indexOf(a.step) > after && !runsOnFailure2(a.step.condition)
  );
  if (own) return { job, step: own.step };
  for (const later of jobs) {
    if (later === job || !graph.ancestorsOf(later).has(job) || runsOnFailure2(later.condition)) continue;
    const promote = (actions.get(later) ?? []).find(
      (a) => a.action === "promote" && !runsOnFailure2(a.step.condition)
    );
    if (promote) return { job: later, step: promote.step };
  }
  return void 0;
}
function intermediateJobs2(job, promoteJob, jobs, graph) {
  if (promoteJob === job) return [];
  const before = graph.ancestorsOf(promoteJob);
  return jobs.filter((other) => other !== job && before.has(other) && graph.ancestorsOf(other).has(job));
}
function runsOnFailure2(condition) {
  if (condition === void 0) return false;
  return /(?<!!\s*)\b(?:failure|always)\s*\(\s*\)|!\s*cancelled\s*\(\s*\)/.test(condition);
}
function canaryPlan(ctx, job, start, promote, jobs, graph, actions) {
  const notes = [];
  const middle = promote ? intermediateJobs2(job, promote.job, jobs, graph) : [];
  const canary2 = canaryStageFrom2(ctx, start.step, notes);
  applyChecks2(ctx, canary2, stepsBetween2(job, start.step, promote, middle), notes);
  let final;
  if (promote) {
    final = {
      weight: 100,
      hold: 0,
      gates: [],
      line: ctx.doc.lineOf(promote.step.at),
      name: promote.step.name
    };
  } else {
    canary2.hold = "manual";
    notes.push(
      "no step promotes the canary in this workflow: it stays beside the stable version until someone promotes or rejects it"
    );
    final = { weight: 100, hold: 0, gates: [], line: ctx.doc.lineOf(job.at) };
  }
  const involved = promote ? [job, ...middle, promote.job] : [job];
  for (const other of involved) noteReviewers(other, notes);
  const method = asString(path(start.step.value, ["with", "traffic-split-method"]))?.toLowerCase();
  if (method !== "smi") {
    notes.push(
      "the canary share is a share of pods (traffic-split-method pod): traffic follows replica counts"
    );
  }
  const named3 = involved.find((other) => other.environment !== void 0);
  if (named3 && named3 !== job && named3.environment) {
    notes.push(
      `job ${clip(job.id)} that deploys the canary has no environment; the plan is named after environment ${clip(named3.environment.name)} of job ${clip(named3.id)}`
    );
  }
  const target = named3?.environment ? { kind: "Environment", name: named3.environment.name } : { kind: "Job", name: job.id };
  const rollback = rollbackFor2(ctx, [job, ...middle], promote?.job, jobs, graph, actions, notes);
  return makePlan2(ctx, job, target, "canary", [canary2, final], rollback, notes);
}
function environmentPlan(ctx, job, jobs, graph, actions) {
  const notes = [];
  const env = job.environment;
  notes.push(
    `job ${clip(job.id)} deploys to environment ${clip(env.name)} with no canary step: the new version takes all traffic at once (rollout-guard cannot see what its steps deploy)`
  );
  noteReviewers(job, notes);
  const stages = [{ weight: 100, hold: 0, gates: [], line: ctx.doc.lineOf(env.at) }];
  const rollback = rollbackFor2(ctx, [job], void 0, jobs, graph, actions, notes);
  return makePlan2(ctx, job, { kind: "Environment", name: env.name }, "all-at-once", stages, rollback, notes);
}
function makePlan2(ctx, job, target, strategy, stages, rollback, notes) {
  if (EXPRESSION.test(target.name))
    notes.push(`the environment name ${clip(target.name)} is an expression, decided when the workflow runs`);
  if (field(job.value, "strategy") !== void 0)
    notes.push(`job ${clip(job.id)} has a strategy (matrix): it may run once per matrix entry`);
  return {
    id: planId("github-actions", "Job", ctx.doc, `${ctx.doc.file}#${job.id}`),
    format: "github-actions",
    file: ctx.doc.file,
    line: ctx.doc.lineOf(job.at),
    target,
    strategy,
    stages,
    backgroundGates: [],
    rollback,
    bypasses: [],
    notes
  };
}
function noteReviewers(job, notes) {
  if (job.environment === void 0) return;
  const note = `required reviewers on environment ${clip(job.environment.name)} are repository settings, not visible in the workflow`;
  if (!notes.includes(note)) notes.push(note);
}
function canaryStageFrom2(ctx, step, notes) {
  const at = [...step.at, "with", "percentage"];
  const raw = path(step.value, ["with", "percentage"]);
  const stage = { weight: 0, hold: 0, gates: [], line: ctx.doc.lineOf(at), name: step.name };
  const value = typeof raw === "string" && /^\d+(?:\.\d+)?$/.test(raw.trim()) ? Number(raw) : asNumber(raw);
  if (value !== void 0 && value >= 0 && value <= 100) {
    stage.weight = value;
    return stage;
  }
  if (typeof raw === "string" && EXPRESSION.test(raw)) {
    stage.segment = "canary (percentage set at run time)";
    notes.push(`${fieldPath(at)} is an expression: the canary's share is only known when the workflow runs`);
    return stage;
  }
  invalid4(
    ctx,
    at,
    raw === void 0 ? `${fieldPath(step.at)} deploys a canary without a percentage, which azure/k8s-deploy requires with strategy: canary` : `${fieldPath(at)} must be a percentage from 0 to 100, got ${describeValue(raw)}`
  );
  stage.segment = "canary (percentage unreadable)";
  return stage;
}
function stepsBetween2(job, start, promote, middle) {
  const own = job.steps.slice(job.steps.indexOf(start) + 1);
  if (!promote) return own;
  if (promote.job === job) return own.slice(0, own.indexOf(promote.step));
  const last = promote.job.steps.slice(0, promote.job.steps.indexOf(promote.step));
  return [...own, ...middle.flatMap((j) => j.steps), ...last];
}
function applyChecks2(ctx, stage, steps, notes) {
  for (const step of steps) {
    if (runsOnFailure2(step.condition)) continue;
    const approval2 = step.uses !== void 0 && MANUAL_APPROVAL.test(step.uses);
    const sleep = step.run === void 0 ? null : SLEEP.exec(step.run);
    if (!approval2 && !sleep && !isCheck2(step)) continue;
    if (step.neverRuns) {
      notes.push(
        `${fieldPath(step.at)} never runs (its condition, or its job's, is always false): it neither waits nor checks anything`
      );
      continue;
    }
    if (approval2) {
      stage.gates.push({ kind: "approval", name: step.name, line: ctx.doc.lineOf(step.at), effective: true });
      stage.hold = "manual";
      continue;
    }
    if (sleep) {
      const unit = { "": 1, s: 1, m: 60, h: 3600 }[sleep[2] ?? ""] ?? 1;
      if (stage.hold !== "manual") stage.hold += Number(sleep[1]) * unit;
      continue;
    }
    if (step.failureIgnored === "yes")
      notes.push(
        `${fieldPath(step.at)} has continue-on-error (on the step or its job): its failure does not stop the rollout`
      );
    else if (step.failureIgnored === "maybe")
      notes.push(
        `${fieldPath(step.at)} has a continue-on-error expression decided at run time: its failure may not stop the rollout, so it is not counted as a check`
      );
    stage.gates.push({
      kind: "webhook",
      name: step.name,
      line: ctx.doc.lineOf(step.at),
      effective: step.failureIgnored === "no"
    });
  }
}
function isCheck2(step) {
  if (step.uses !== void 0 && (K8S_DEPLOY.test(step.uses) || /^actions\/checkout@/i.test(step.uses)))
    return false;
  return CHECK_WORDS2.test(step.name) || step.run !== void 0 && CHECK_WORDS2.test(step.run);
}
function isRollbackStep2(step, actions) {
  if (actions.some((a) => a.step === step && a.action === "reject")) return true;
  if (step.run !== void 0 && ROLLBACK_SCRIPT2.test(step.run)) return true;
  return ROLLBACK_WORDS2.test(step.name);
}
function isRollbackJob2(job, actions) {
  const own = actions.get(job) ?? [];
  if (!job.steps.some((step) => isRollbackStep2(step, own))) return false;
  return runsOnFailure2(job.condition) || own.length > 0 && own.every((a) => a.action === "reject");
}
function rollbackRunners2(jobs, graph, actions) {
  const runners = [];
  for (const job of jobs) {
    const own = actions.get(job) ?? [];
    if (runsOnFailure2(job.condition)) {
      const steps = job.steps.filter((step) => isRollbackStep2(step, own));
      if (steps.length === 0) continue;
      runners.push({
        covers: graph.ancestorsOf(job),
        job,
        how: `job ${clip(job.id)} runs ${steps.map((s) => clip(s.name, 40)).join(", ")} when a job it needs fails (if: ${clip(job.condition ?? "")})`,
        at: job.at
      });
      continue;
    }
    for (const step of job.steps) {
      if (!runsOnFailure2(step.condition) || !isRollbackStep2(step, own)) continue;
      runners.push({
        covers: /* @__PURE__ */ new Set([job]),
        job,
        how: `step ${clip(step.name)} of job ${clip(job.id)} (if: ${clip(step.condition ?? "")}) runs when a step before it in that job fails`,
        at: step.at
      });
    }
  }
  return runners;
}
function rollbackFor2(ctx, chain, promoteJob, jobs, graph, actions, notes) {
  return rollbackFromRunners(
    ctx.doc,
    rollbackRunners2(jobs, graph, actions),
    chain,
    promoteJob,
    whyNot,
    "no step or job rolls back on failure",
    notes
  );
}
function whyNot(runner, missed) {
  const gated = missed.filter((job) => job.environment !== void 0);
  const list = (jobs) => jobs.map((job) => clip(job.id)).join(", ");
  if (gated.length > 0) {
    const envs = [...new Set(gated.map((job) => clip(job.environment?.name ?? "")))].join(", ");
    return `job ${clip(runner.job.id)} needs ${list(gated)}, so a denied approval on environment ${envs} skips it and nothing rejects the canary`;
  }
  return `it cannot run when ${list(missed)} fails, because GitHub then skips job ${clip(runner.job.id)}`;
}
function invalid4(ctx, at, message) {
  ctx.diagnostics.push({
    code: "MANIFEST_FIELD_INVALID",
    message,
    file: ctx.doc.file,
    line: ctx.doc.lineOf(at)
  });
}

// src/formats/spinnaker.ts
var spinnaker = {
  id: "spinnaker",
  detect(doc) {
    return isPipeline(doc.value);
  },
  toPlans(doc) {
    if (!isPipeline(doc.value)) return { plans: [], diagnostics: [] };
    return pipelinePlans2(doc);
  }
};
var STAGES = ["stages"];
var CANARY_SEGMENT = "canary server group";
var DEPLOY_TYPES2 = /* @__PURE__ */ new Set([
  "deploy",
  "deployManifest",
  "createServerGroup",
  "cloneServerGroup",
  "patchManifest",
  "deployCloudFormation",
  "deployService"
]);
var CANARY_DEPLOY_TYPES = /* @__PURE__ */ new Set(["deployCanary"]);
var ANALYSIS_TYPES = /* @__PURE__ */ new Set(["kayentaCanary", "canary", "acaTask"]);
var ROLLBACK_TYPES = /* @__PURE__ */ new Set(["rollbackCluster", "undoRolloutManifest", "rollbackServerGroup"]);
var DEPLOYING_PIPELINE_NAME = /deploy|prod|release|promot/i;
var CANARY_NAME = /canary/i;
var BASELINE_NAME = /baseline/i;
var FAILURE_EXPRESSION = /TERMINAL|FAILED|FAILURE|STOPPED|CANCEL|!=\s*['"]SUCCEEDED/i;
function isPipeline(value) {
  if (field(value, "apiVersion") !== void 0 || field(value, "kind") !== void 0) return false;
  const stages = asArray(field(value, "stages"));
  return stages?.some((stage) => asString(field(stage, "type")) !== void 0 && refIdOf(stage) !== void 0) ?? false;
}
function refIdOf(stage) {
  const refId = field(stage, "refId");
  if (typeof refId === "string" && refId !== "") return refId;
  return typeof refId === "number" && Number.isFinite(refId) ? String(refId) : void 0;
}
function pipelinePlans2(doc) {
  const ctx = { doc, diagnostics: [], notes: [], bypasses: [] };
  const stages = readStages(ctx);
  const graph = new StageGraph(ctx, stages);
  const ordered = graph.order();
  const final = finalDeploy(ordered);
  const exposure = ordered.filter((stage) => isExposure(stage, final, graph, ordered));
  if (final === void 0 && exposure.length === 0) return { plans: [], diagnostics: ctx.diagnostics };
  const planStages = walk(ctx, ordered, final, exposure, graph);
  const sequenced = exposure.filter((stage) => final === void 0 || graph.isAncestor(stage, final));
  const strategy = sequenced.length > 0 ? "canary" : "all-at-once";
  if (strategy === "canary") {
    ctx.notes.push(
      "the canary server group gets a share of traffic the pipeline does not state (it depends on the replica counts and load balancers)"
    );
  } else {
    notePreparatoryDeploys(ctx, ordered, final);
  }
  const name = asString(field(doc.value, "name"));
  const application = asString(field(doc.value, "application"));
  const targetName = name ?? application ?? doc.file;
  const plan = {
    id: planId(
      "spinnaker",
      "Pipeline",
      doc,
      `${doc.file}#${application ? `${application}/` : ""}${targetName}`
    ),
    format: "spinnaker",
    file: doc.file,
    line: doc.lineOf(field(doc.value, "name") !== void 0 ? ["name"] : STAGES),
    target: { kind: "Pipeline", name: targetName },
    strategy,
    stages: planStages,
    backgroundGates: [],
    rollback: rollbackOf3(ctx, ordered, graph),
    bypasses: ctx.bypasses,
    notes: ctx.notes
  };
  return { plans: [plan], diagnostics: ctx.diagnostics };
}
function readStages(ctx) {
  const list = asArray(field(ctx.doc.value, "stages")) ?? [];
  const seen = /* @__PURE__ */ new Set();
  const stages = [];
  list.forEach((raw, index) => {
    const at = [...STAGES, index];
    const type = asString(field(raw, "type"));
    const refId = refIdOf(raw);
    if (!isObject(raw) || type === void 0 || refId === void 0) {
      invalid5(ctx, at, `${fieldPath(at)} must be a stage with a type and a refId; it was ignored`);
      return;
    }
    if (seen.has(refId)) {
      invalid5(
        ctx,
        [...at, "refId"],
        `${fieldPath(at)}.refId ${clip(refId)} is used by an earlier stage; ignored`
      );
      return;
    }
    seen.add(refId);
    const name = asString(field(raw, "name")) ?? type;
    const stage = {
      index,
      refId,
      type,
      name,
      requisites: readRequisites(ctx, raw, at),
      value: raw,
      at,
      line: ctx.doc.lineOf(at),
      role: "other"
    };
    stage.role = roleOf(stage);
    stages.push(stage);
  });
  return stages;
}
function readRequisites(ctx, stage, at) {
  const raw = field(stage, "requisiteStageRefIds");
  if (raw === void 0 || raw === null) return [];
  const list = asArray(raw);
  if (list === void 0) {
    invalid5(
      ctx,
      [...at, "requisiteStageRefIds"],
      `${fieldPath(at)}.requisiteStageRefIds must be a list of refIds`
    );
    return [];
  }
  return list.flatMap((ref, i) => {
    if (typeof ref === "string" || typeof ref === "number" && Number.isFinite(ref)) return [String(ref)];
    invalid5(
      ctx,
      [...at, "requisiteStageRefIds", i],
      `${fieldPath(at)}.requisiteStageRefIds[${i}] must be a refId`
    );
    return [];
  });
}
function roleOf(stage) {
  const { type, value } = stage;
  if (CANARY_DEPLOY_TYPES.has(type)) return "canary-deploy";
  if (type === "kayentaCanary")
    return field(value, "deployments") !== void 0 ? "canary-deploy" : "analysis";
  if (type === "canary") return "canary-deploy";
  if (ANALYSIS_TYPES.has(type)) return "analysis";
  if (type === "manualJudgment") return "approval";
  if (type === "wait") return "wait";
  if (ROLLBACK_TYPES.has(type)) return "rollback";
  if (DEPLOY_TYPES2.has(type)) return "deploy";
  if (type === "pipeline" && DEPLOYING_PIPELINE_NAME.test(stage.name)) return "deploy";
  return "other";
}
function deployMark(stage) {
  const labels = [
    stage.name,
    asString(path(stage.value, ["moniker", "stack"])),
    asString(path(stage.value, ["moniker", "detail"])),
    ...(asArray(field(stage.value, "clusters")) ?? []).flatMap((cluster) => [
      asString(field(cluster, "stack")),
      asString(field(cluster, "freeFormDetails"))
    ])
  ].filter((label) => label !== void 0);
  if (labels.some((label) => CANARY_NAME.test(label))) return "canary";
  if (labels.some((label) => BASELINE_NAME.test(label))) return "baseline";
  return void 0;
}
function finalDeploy(ordered) {
  return ordered.filter((stage) => stage.role === "deploy" && deployMark(stage) === void 0).at(-1);
}
function isExposure(stage, final, graph, ordered) {
  if (stage === final) return false;
  if (final !== void 0 && ordered.indexOf(stage) > ordered.indexOf(final)) return false;
  if (stage.role === "canary-deploy") return true;
  if (stage.role !== "deploy") return false;
  const mark = deployMark(stage);
  if (mark === "baseline") return false;
  if (mark === "canary") return true;
  return ordered.some((other) => other.role === "analysis" && graph.isAncestor(stage, other));
}
var StageGraph = class {
  constructor(ctx, stages) {
    this.ctx = ctx;
    this.stages = stages;
    for (const stage of stages) this.byRef.set(stage.refId, stage);
    for (const stage of stages) {
      stage.requisites = stage.requisites.filter((ref) => {
        if (this.byRef.has(ref)) return true;
        invalid5(
          ctx,
          [...stage.at, "requisiteStageRefIds"],
          `${fieldPath(stage.at)} waits for refId ${clip(ref)}, which no stage has; Spinnaker rejects such a pipeline`
        );
        return false;
      });
    }
  }
  ctx;
  stages;
  byRef = /* @__PURE__ */ new Map();
  ancestors = /* @__PURE__ */ new Map();
  /** Topological order; stages that become ready together keep their order in the file. */
  order() {
    const remaining = new Set(this.stages);
    const done = /* @__PURE__ */ new Set();
    const ordered = [];
    while (remaining.size > 0) {
      const ready = [...remaining].find((stage) => stage.requisites.every((ref) => done.has(ref)));
      if (ready === void 0) {
        const first = [...remaining][0];
        invalid5(
          this.ctx,
          [...first.at, "requisiteStageRefIds"],
          `${fieldPath(first.at)} is part of a cycle of requisiteStageRefIds; the cycle was read in file order`
        );
        ordered.push(...remaining);
        break;
      }
      remaining.delete(ready);
      done.add(ready.refId);
      ordered.push(ready);
    }
    return ordered;
  }
  isAncestor(candidate, of) {
    return this.ancestorsOf(of).has(candidate);
  }
  ancestorsOf(stage) {
    const known = this.ancestors.get(stage);
    if (known) return known;
    const result = /* @__PURE__ */ new Set();
    this.ancestors.set(stage, result);
    for (const ref of stage.requisites) {
      const parent = this.byRef.get(ref);
      if (parent === void 0) continue;
      result.add(parent);
      for (const grand of this.ancestorsOf(parent)) result.add(grand);
    }
    return result;
  }
};
function walk(ctx, ordered, final, exposure, graph) {
  const stages = [];
  let open;
  const close = () => {
    if (open && (open.explicit || open.stage.hold !== 0 || open.stage.gates.length > 0))
      stages.push(open.stage);
    open = void 0;
  };
  const current = (line) => {
    open ??= { stage: { weight: 0, hold: 0, gates: [], line }, explicit: false };
    return open.stage;
  };
  const finalIndex = final === void 0 ? ordered.length : ordered.indexOf(final);
  for (const stage of ordered.slice(0, finalIndex)) {
    const holdsFinal = final === void 0 || graph.isAncestor(stage, final);
    if (exposure.includes(stage)) {
      if (!holdsFinal) {
        noteParallel(ctx, stage, final);
        continue;
      }
      const startsNew = open === void 0 || !open.explicit || open.stage.gates.length > 0 || open.stage.hold !== 0;
      if (startsNew) {
        close();
        open = { stage: canaryStage(stage), explicit: true };
      } else if (open) {
        open.stage.line = stage.line;
        open.stage.name = stage.name;
      }
      noteStageEnabled(ctx, stage);
      if (stage.role === "canary-deploy") applyGate(ctx, current(stage.line), stage, final);
      continue;
    }
    if (stage.role !== "analysis" && stage.role !== "approval" && stage.role !== "wait") continue;
    if (!holdsFinal) {
      noteParallel(ctx, stage, final);
      continue;
    }
    noteStageEnabled(ctx, stage);
    applyGate(ctx, current(stage.line), stage, final);
  }
  close();
  for (const stage of ordered.slice(finalIndex + 1)) {
    if (stage.role !== "analysis" && stage.role !== "approval" && stage.role !== "canary-deploy") continue;
    if (final !== void 0 && !graph.isAncestor(final, stage)) {
      noteParallel(ctx, stage, final);
    } else {
      ctx.notes.push(
        `stage "${clip(stage.name)}" (${stage.type}) runs after the final deploy${final ? ` "${clip(final.name)}"` : ""}: it cannot hold it`
      );
    }
  }
  stages.push(finalStage2(ctx, final));
  return stages;
}
function canaryStage(stage) {
  return { weight: 0, hold: 0, gates: [], line: stage.line, name: stage.name, segment: CANARY_SEGMENT };
}
function finalStage2(ctx, final) {
  if (final === void 0) {
    ctx.notes.push(
      "the pipeline deploys only the canary: the production deploy is not in this pipeline, so rollout-guard reads an implicit 100% stage after it"
    );
    return { weight: 100, hold: 0, gates: [], line: ctx.doc.lineOf(STAGES) };
  }
  if (final.type === "pipeline") {
    const pipeline = asString(field(final.value, "pipeline"));
    ctx.notes.push(
      `the final deploy "${clip(final.name)}" runs another pipeline${pipeline ? ` (${clip(pipeline)})` : ""}; how that pipeline deploys is not in this file`
    );
  }
  const enabled = stageEnabledExpression(final);
  if (enabled !== void 0) {
    ctx.notes.push(
      `the final deploy "${clip(final.name)}" runs only when its stageEnabled expression is true: ${clip(enabled, 120)}`
    );
  }
  return { weight: 100, hold: 0, gates: [], line: final.line, name: final.name };
}
function noteParallel(ctx, stage, final) {
  ctx.notes.push(
    `stage "${clip(stage.name)}" (${stage.type}) runs in a parallel branch to the final deploy${final ? ` "${clip(final.name)}"` : ""}: stages in parallel branches are not sequenced, so it does not hold that deploy`
  );
}
function noteStageEnabled(ctx, stage) {
  const expression = stageEnabledExpression(stage);
  if (expression === void 0) return;
  ctx.notes.push(
    `stage "${clip(stage.name)}" (${stage.type}) runs only when its stageEnabled expression is true (${clip(expression, 120)}); when it is false the stage is skipped`
  );
}
function stageEnabledExpression(stage) {
  const enabled = field(stage.value, "stageEnabled");
  if (enabled === void 0 || enabled === null) return void 0;
  return asString(field(enabled, "expression")) ?? "an expression";
}
function applyGate(ctx, target, stage, final) {
  if (stage.role === "wait") {
    addHold2(target, readWait(ctx, stage));
    return;
  }
  if (stage.role === "approval") {
    target.gates.push({
      kind: "approval",
      name: stage.name,
      line: stage.line,
      effective: failureStops(ctx, stage, final)
    });
    addHold2(target, "manual");
    return;
  }
  if (stage.type === "deployCanary") return;
  const thresholds = readThresholds(ctx, stage);
  const stops = failureStops(ctx, stage, final);
  target.gates.push({ kind: "analysis", name: stage.name, line: stage.line, effective: thresholds && stops });
  addHold2(target, readLifetime(ctx, stage));
}
function addHold2(stage, hold) {
  stage.hold = stage.hold === "manual" || hold === "manual" ? "manual" : stage.hold + hold;
}
function readThresholds(ctx, stage) {
  if (stage.type !== "kayentaCanary") return true;
  const at = [...stage.at, "canaryConfig", "scoreThresholds"];
  const thresholds = path(stage.value, ["canaryConfig", "scoreThresholds"]);
  const marginal = field(thresholds, "marginal");
  const pass = field(thresholds, "pass");
  const absent = (value) => value === void 0 || value === null || value === "";
  if (!absent(marginal) || !absent(pass)) return true;
  ctx.bypasses.push({
    field: fieldPath(at),
    reason: `canary stage "${clip(stage.name)}" has no score thresholds (marginal and pass are empty): Kayenta reports "No score thresholds were specified" and the stage succeeds whatever the score`,
    line: ctx.doc.lineOf(at)
  });
  return false;
}
function failureStops(ctx, stage, final) {
  if (!ignoresFailure(stage)) return true;
  const guard = final === void 0 ? void 0 : stageEnabledExpression(final);
  if (guard !== void 0 && mentionsStage(guard, stage.name)) {
    ctx.notes.push(
      `a failed "${clip(stage.name)}" does not fail the pipeline (continuePipeline: true), but the final deploy runs only when the expression on it checks that stage`
    );
    return true;
  }
  const at = [...stage.at, "continuePipeline"];
  ctx.bypasses.push({
    field: fieldPath(at),
    reason: `stage "${clip(stage.name)}" ignores its own failure (failPipeline: false, continuePipeline: true): the pipeline goes on to the final deploy when it fails`,
    line: ctx.doc.lineOf(at)
  });
  return false;
}
function mentionsStage(expression, name) {
  return (expression.includes(`'${name}'`) || expression.includes(`"${name}"`)) && expression.includes("SUCCEEDED");
}
function readWait(ctx, stage) {
  const raw = field(stage.value, "waitTime");
  const seconds = typeof raw === "string" && /^\d+$/.test(raw.trim()) ? Number(raw) : asNumber(raw);
  if (seconds !== void 0 && seconds >= 0) return seconds;
  if (typeof raw === "string") {
    ctx.notes.push(`wait stage "${clip(stage.name)}" waits for a time computed at run time; read as no wait`);
  } else {
    invalid5(
      ctx,
      [...stage.at, "waitTime"],
      `${fieldPath(stage.at)}.waitTime must be a number of seconds, got ${describeValue(raw)}; read as no wait`
    );
  }
  return 0;
}
function readLifetime(ctx, stage) {
  const config = field(stage.value, "canaryConfig") ?? path(stage.value, ["canary", "canaryConfig"]);
  if (asString(field(stage.value, "analysisType")) === "retrospective") {
    ctx.notes.push(
      `canary stage "${clip(stage.name)}" is retrospective: it judges a past time window and does not hold the deploy`
    );
    return 0;
  }
  const warmup = asNumber(field(config, "beginCanaryAnalysisAfterMins"));
  if (warmup !== void 0 && warmup > 0) {
    ctx.notes.push(`canary stage "${clip(stage.name)}" waits ${warmup} minutes before its analysis starts`);
  }
  const duration = field(config, "lifetimeDuration");
  if (duration !== void 0 && duration !== null) {
    const seconds = typeof duration === "string" ? parseDuration(duration) : void 0;
    if (seconds !== void 0) return seconds;
    invalid5(
      ctx,
      [...stage.at, "canaryConfig", "lifetimeDuration"],
      `${fieldPath(stage.at)}.canaryConfig.lifetimeDuration must be an ISO-8601 duration like PT1H30M, got ${describeValue(duration)}`
    );
    return 0;
  }
  const hours = field(config, "lifetimeHours");
  const value = typeof hours === "string" && /^\d+(?:\.\d+)?$/.test(hours.trim()) ? Number(hours) : asNumber(hours);
  if (value !== void 0 && value >= 0) return Math.round(value * 3600);
  if (hours !== void 0) {
    ctx.notes.push(
      `canary stage "${clip(stage.name)}" has a lifetime that is not a number (${describeValue(hours)}); read as no hold`
    );
  }
  return 0;
}
function rollbackOf3(ctx, ordered, graph) {
  const how = [];
  let line;
  for (const stage of ordered.filter((s) => s.role === "rollback")) {
    const trigger = rollbackTrigger(stage, ordered, graph);
    if (trigger === void 0) {
      ctx.notes.push(
        `stage "${clip(stage.name)}" (${stage.type}) runs only when the stages before it succeed: it does not roll back a failed deploy or canary`
      );
      continue;
    }
    how.push(`stage "${clip(stage.name)}" (${stage.type}) ${trigger}`);
    line ??= stage.line;
  }
  if (how.length === 0) {
    const any = ordered.some((s) => s.role === "rollback");
    return { automatic: false, how: [any ? "no rollback stage runs on failure" : "no rollback stage"] };
  }
  return line === void 0 ? { automatic: true, how } : { automatic: true, how, line };
}
function rollbackTrigger(stage, ordered, graph) {
  const halting = ordered.find(
    (gate) => isGate(gate) && !ignoresFailure(gate) && graph.isAncestor(gate, stage)
  );
  if (halting !== void 0) return void 0;
  const expression = stageEnabledExpression(stage);
  if (expression !== void 0 && FAILURE_EXPRESSION.test(expression)) {
    return `runs when its stageEnabled expression finds a failure (${clip(expression, 120)})`;
  }
  const tolerant = ordered.find(
    (gate) => isGate(gate) && ignoresFailure(gate) && graph.isAncestor(gate, stage)
  );
  if (tolerant === void 0) return void 0;
  return `follows "${clip(tolerant.name)}", whose failure lets the pipeline continue${expression === void 0 ? " (it has no stageEnabled condition, so it also runs when that stage passes)" : ""}`;
}
function isGate(stage) {
  return stage.role === "analysis" || stage.role === "approval" || stage.role === "canary-deploy" && stage.type !== "deployCanary";
}
function ignoresFailure(stage) {
  return field(stage.value, "failPipeline") === false && field(stage.value, "continuePipeline") === true;
}
function notePreparatoryDeploys(ctx, ordered, final) {
  const earlier = ordered.filter(
    (stage) => stage !== final && (stage.role === "deploy" || stage.role === "canary-deploy")
  );
  if (earlier.length === 0) {
    ctx.notes.push(
      "the pipeline has a single deploy stage and no canary: the new version goes to all traffic at once"
    );
    return;
  }
  ctx.notes.push(
    `no canary analysis follows the earlier deploy stages (${earlier.map((s) => `"${clip(s.name)}"`).join(", ")}): they are read as preparation, not as canary exposure`
  );
}
function invalid5(ctx, at, message) {
  ctx.diagnostics.push({
    code: "MANIFEST_FIELD_INVALID",
    message,
    file: ctx.doc.file,
    line: ctx.doc.lineOf(at)
  });
}

// src/formats/cloud-deploy.ts
var cloudDeploy = {
  id: "cloud-deploy",
  detect: isCloudDeploy,
  toPlans: (doc) => readFile([doc]),
  combine: (docs) => readFile(docs)
};
var API_VERSIONS = /* @__PURE__ */ new Set(["deploy.cloud.google.com/v1", "deploy.cloud.google.com/v1beta1"]);
var KINDS = /* @__PURE__ */ new Set(["DeliveryPipeline", "Target", "Automation"]);
var STAGES2 = ["serialPipeline", "stages"];
var MANUAL_ROLLBACK = "manual `gcloud deploy targets rollback` only";
var FIRST_DEPLOY_NOTE = "canary phases are skipped on the first deployment to a target: the first release goes straight to 100%";
function isCloudDeploy(doc) {
  const apiVersion = asString(field(doc.value, "apiVersion"));
  const kind = asString(field(doc.value, "kind"));
  return apiVersion !== void 0 && API_VERSIONS.has(apiVersion) && kind !== void 0 && KINDS.has(kind);
}
function kindOf(doc) {
  return asString(field(doc.value, "kind"));
}
function readFile(docs) {
  const ours = docs.filter(isCloudDeploy);
  const file = { diagnostics: [], targets: /* @__PURE__ */ new Map(), automations: [] };
  for (const doc of ours) {
    if (kindOf(doc) === "Target") readTarget(file, doc);
    if (kindOf(doc) === "Automation") readAutomation(file, doc);
  }
  const plans = ours.filter((doc) => kindOf(doc) === "DeliveryPipeline").flatMap((doc) => pipelinePlans3(file, doc));
  return { plans, diagnostics: file.diagnostics };
}
function readTarget(file, doc) {
  const name = asString(path(doc.value, ["metadata", "name"]));
  if (name === void 0 || name === "" || file.targets.has(name)) return;
  const approval2 = readBoolean(file, doc, field(doc.value, "requireApproval"), ["requireApproval"], false);
  file.targets.set(name, {
    labels: stringMap(path(doc.value, ["metadata", "labels"])) ?? {},
    approvalLine: approval2 === true ? doc.lineOf(["requireApproval"]) : void 0
  });
}
function readAutomation(file, doc) {
  const name = asString(path(doc.value, ["metadata", "name"])) ?? "";
  const slash = name.indexOf("/");
  const rules = readList(file, doc, field(doc.value, "rules"), ["rules"]);
  const automation = {
    doc,
    name,
    pipeline: slash > 0 ? name.slice(0, slash) : void 0,
    suspended: readBoolean(file, doc, field(doc.value, "suspended"), ["suspended"], true) ?? false,
    selectors: readSelectors(file, doc),
    advance: rules.flatMap((rule, index) => advanceRule(file, doc, rule, index, name)),
    repair: rules.flatMap((rule, index) => repairRule(file, doc, rule, index, name))
  };
  file.automations.push(automation);
}
function readSelectors(file, doc) {
  const at = ["selector", "targets"];
  return readList(file, doc, path(doc.value, at), at).flatMap((entry, index) => {
    const id = asString(field(entry, "id"));
    const labels = stringMap(field(entry, "labels"));
    if (id === void 0 && labels === void 0) {
      invalid6(file, doc, [...at, index], 'must select targets by id (or "*") or labels');
      return [];
    }
    return [{ id, labels }];
  });
}
function ruleName(rule, fallback) {
  return asString(field(rule, "name")) ?? asString(field(rule, "id")) ?? fallback;
}
function advanceRule(file, doc, entry, index, automation) {
  const rule = field(entry, "advanceRolloutRule");
  if (rule === void 0) return [];
  const at = ["rules", index, "advanceRolloutRule"];
  if (!isObject(rule)) {
    invalid6(file, doc, at, `must be a map with sourcePhases and wait, got ${describeValue(rule)}`);
    return [];
  }
  const phases = field(rule, "sourcePhases");
  const sourcePhases = present(phases) ? (asArray(phases) ?? []).flatMap((p) => asString(p) ?? []) : void 0;
  if (present(phases) && !Array.isArray(phases)) {
    invalid6(file, doc, [...at, "sourcePhases"], `must be a list of phase ids, got ${describeValue(phases)}`);
  }
  return [
    { name: ruleName(rule, automation), sourcePhases, wait: readWait2(file, doc, rule, [...at, "wait"]) }
  ];
}
function readWait2(file, doc, rule, at) {
  const wait = field(rule, "wait");
  if (!present(wait)) return 0;
  const seconds = typeof wait === "string" ? parseDuration(wait) : void 0;
  if (seconds === void 0) {
    invalid6(file, doc, at, `must be a duration like 10m or 1h, got ${describeValue(wait)}; read as no wait`);
    return 0;
  }
  return seconds;
}
function repairRule(file, doc, entry, index, automation) {
  const rule = field(entry, "repairRolloutRule");
  if (rule === void 0) return [];
  const at = ["rules", index, "repairRolloutRule"];
  if (!isObject(rule)) {
    invalid6(file, doc, at, `must be a map with repairPhases or repairModes, got ${describeValue(rule)}`);
    return [];
  }
  let rollbackLine;
  for (const key of ["repairPhases", "repairModes"]) {
    readList(file, doc, field(rule, key), [...at, key]).forEach((mode, modeIndex) => {
      if (field(mode, "rollback") !== void 0)
        rollbackLine ??= doc.lineOf([...at, key, modeIndex, "rollback"]);
    });
  }
  return [{ name: ruleName(rule, automation), rollbackLine }];
}
function pipelinePlans3(file, doc) {
  const stages = readPipelineStages(file, doc);
  const bypasses = [];
  if (readBoolean(file, doc, field(doc.value, "suspended"), ["suspended"], true) === true) {
    bypasses.push({
      field: "suspended",
      reason: "the delivery pipeline is suspended: Cloud Deploy runs no release or rollout through it, so none of its stages or checks run",
      line: doc.lineOf(["suspended"])
    });
  }
  return stages.map((stage, k) => stagePlan(file, doc, stages.slice(0, k), stage, bypasses));
}
function readPipelineStages(file, doc) {
  const raw = path(doc.value, STAGES2);
  if (!Array.isArray(raw)) {
    invalid6(file, doc, STAGES2, `must be the list of pipeline stages, got ${describeValue(raw)}`);
    return [];
  }
  const seen = /* @__PURE__ */ new Set();
  return raw.flatMap((value, index) => {
    const targetId = asString(field(value, "targetId"));
    if (!isObject(value) || targetId === void 0 || targetId === "") {
      invalid6(file, doc, [...STAGES2, index], "must be a map naming its targetId; the stage was ignored");
      return [];
    }
    if (seen.has(targetId)) {
      invalid6(
        file,
        doc,
        [...STAGES2, index, "targetId"],
        `repeats target ${clip(targetId)}; the stage was ignored`
      );
      return [];
    }
    seen.add(targetId);
    return [{ index, targetId, value }];
  });
}
function stagePlan(file, doc, preceding, stage, pipelineBypasses) {
  const ctx = { file, doc, notes: [], bypasses: [...pipelineBypasses] };
  const pipelineName = asString(path(doc.value, ["metadata", "name"]));
  const automations = activeAutomations(ctx, pipelineName, stage.targetId);
  const approval2 = approvalStage(ctx, stage.targetId);
  const rollout = readStrategy2(ctx, stage);
  const stages = preceding.map((before) => ({
    weight: 0,
    hold: 0,
    gates: [],
    line: doc.lineOf([...STAGES2, before.index, "targetId"]),
    name: before.targetId
  }));
  if (approval2) stages.push(approval2);
  stages.push(...advancedPhases(ctx, stage.targetId, rollout.phases, automations));
  stages.push({ ...phaseStage(rollout.stable), hold: 0 });
  const id = pipelineName === void 0 || pipelineName === "" ? `${planId("cloud-deploy", "DeliveryPipeline", doc)}/${stage.targetId}` : planId("cloud-deploy", "DeliveryPipeline", doc, `${pipelineName}/${stage.targetId}`);
  return {
    id,
    format: "cloud-deploy",
    file: doc.file,
    line: doc.lineOf(["kind"]),
    target: { kind: "Target", name: stage.targetId },
    strategy: rollout.strategy,
    stages,
    backgroundGates: [],
    rollback: rollbackOf4(ctx, automations),
    bypasses: ctx.bypasses,
    notes: ctx.notes
  };
}
function approvalStage(ctx, targetId) {
  const target = ctx.file.targets.get(targetId);
  if (target === void 0) {
    ctx.notes.push(`Target ${clip(targetId)} is not in this file: approval unknown`);
    return void 0;
  }
  if (target.approvalLine === void 0) return void 0;
  const line = target.approvalLine;
  return {
    weight: 0,
    hold: "manual",
    gates: [{ kind: "approval", name: "requireApproval", line, effective: true }],
    line,
    name: "approval"
  };
}
function phaseStage(phase) {
  return { weight: phase.weight, hold: "manual", gates: phase.gates, line: phase.line, name: phase.name };
}
function readStrategy2(ctx, stage) {
  const at = [...STAGES2, stage.index, "strategy"];
  const strategy = field(stage.value, "strategy");
  if (!present(strategy)) return standardRollout(ctx.doc.lineOf([...STAGES2, stage.index, "targetId"]), []);
  if (!isObject(strategy)) {
    invalid6(ctx.file, ctx.doc, at, `must be a map holding standard or canary, got ${describeValue(strategy)}`);
    return standardRollout(ctx.doc.lineOf(at), []);
  }
  const canary2 = field(strategy, "canary");
  const standard = field(strategy, "standard");
  if (present(canary2) && present(standard)) {
    invalid6(ctx.file, ctx.doc, at, "holds both standard and canary; read as standard");
  } else if (present(canary2)) {
    return readCanary2(ctx, [...at, "canary"], canary2);
  }
  const standardAt = present(standard) ? [...at, "standard"] : at;
  if (present(standard) && !isObject(standard)) {
    invalid6(ctx.file, ctx.doc, standardAt, `must be a map, got ${describeValue(standard)}`);
  }
  const checks = readChecks(ctx, standardAt, standard);
  return standardRollout(ctx.doc.lineOf(standardAt), allChecks(checks));
}
function standardRollout(line, gates) {
  return { strategy: "all-at-once", phases: [], stable: { name: "stable", weight: 100, line, gates } };
}
function readCanary2(ctx, at, canary2) {
  if (!isObject(canary2)) {
    invalid6(
      ctx.file,
      ctx.doc,
      at,
      `must be a map with canaryDeployment or customCanaryDeployment, got ${describeValue(canary2)}`
    );
    return standardRollout(ctx.doc.lineOf(at), []);
  }
  const percentages = field(canary2, "canaryDeployment");
  const custom = field(canary2, "customCanaryDeployment");
  if (present(percentages) && present(custom)) {
    invalid6(
      ctx.file,
      ctx.doc,
      at,
      "holds both canaryDeployment and customCanaryDeployment; read canaryDeployment"
    );
  }
  if (present(percentages)) return percentageCanary(ctx, [...at, "canaryDeployment"], percentages);
  if (present(custom)) return customCanary(ctx, [...at, "customCanaryDeployment"], custom);
  invalid6(
    ctx.file,
    ctx.doc,
    at,
    "needs canaryDeployment or customCanaryDeployment; read as a deploy straight to 100%"
  );
  return standardRollout(ctx.doc.lineOf(at), []);
}
function percentageCanary(ctx, at, deployment) {
  if (!isObject(deployment)) {
    invalid6(ctx.file, ctx.doc, at, `must be a map with percentages, got ${describeValue(deployment)}`);
  }
  const checks = readChecks(ctx, at, deployment);
  const perPhase = [checks.verify, checks.analysis].filter(isGate2);
  const listAt = [...at, "percentages"];
  let previous = -1;
  const phases = readList(ctx.file, ctx.doc, field(deployment, "percentages"), listAt).flatMap(
    (value, index) => {
      const valid = typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= 100;
      if (!valid || value <= previous) {
        invalid6(
          ctx.file,
          ctx.doc,
          [...listAt, index],
          `must be a whole percentage from 0 to 100, above the one before it; got ${describeValue(value)}`
        );
        return [];
      }
      previous = value;
      return [
        {
          name: `canary-${value}`,
          weight: value,
          line: ctx.doc.lineOf([...listAt, index]),
          gates: perPhase.map((gate) => ({ ...gate }))
        }
      ];
    }
  );
  const stable = {
    name: "stable",
    weight: 100,
    line: ctx.doc.lineOf(at),
    gates: perPhase.map((gate) => ({ ...gate }))
  };
  if (checks.predeploy) (phases[0] ?? stable).gates.unshift(checks.predeploy);
  if (checks.postdeploy) stable.gates.push(checks.postdeploy);
  if (phases.length === 0) {
    ctx.notes.push(`${fieldPath(listAt)} lists no canary percentage: the rollout deploys straight to 100%`);
    return { strategy: "all-at-once", phases: [], stable };
  }
  ctx.notes.push(FIRST_DEPLOY_NOTE);
  return { strategy: "canary", phases, stable };
}
function customCanary(ctx, at, deployment) {
  const listAt = [...at, "phaseConfigs"];
  const phases = readList(ctx.file, ctx.doc, field(deployment, "phaseConfigs"), listAt).flatMap(
    (value, index) => {
      const phaseAt = [...listAt, index];
      const name = asString(field(value, "phaseId"));
      const weight = field(value, "percentage");
      if (!isObject(value) || name === void 0 || name === "") {
        invalid6(
          ctx.file,
          ctx.doc,
          phaseAt,
          "must be a map with phaseId and percentage; the phase was ignored"
        );
        return [];
      }
      if (typeof weight !== "number" || !Number.isInteger(weight) || weight < 0 || weight > 100) {
        invalid6(
          ctx.file,
          ctx.doc,
          [...phaseAt, "percentage"],
          `must be a whole percentage from 0 to 100, got ${describeValue(weight)}`
        );
        return [];
      }
      const gates = allChecks(readChecks(ctx, phaseAt, value));
      return [{ name, weight, line: ctx.doc.lineOf(phaseAt), gates }];
    }
  );
  if (!isObject(deployment))
    invalid6(ctx.file, ctx.doc, at, `must be a map with phaseConfigs, got ${describeValue(deployment)}`);
  let stable = phases[phases.length - 1];
  if (stable?.weight === 100) {
    phases.pop();
  } else {
    invalid6(ctx.file, ctx.doc, listAt, "must end with the stable phase at 100%; read as if it did");
    stable = { name: "stable", weight: 100, line: ctx.doc.lineOf(listAt), gates: [] };
  }
  if (phases.length === 0) return { strategy: "all-at-once", phases: [], stable };
  ctx.notes.push(FIRST_DEPLOY_NOTE);
  return { strategy: "canary", phases, stable };
}
function readChecks(ctx, at, block) {
  const checks = {};
  const verifyAt = [...at, "verify"];
  if (readBoolean(ctx.file, ctx.doc, field(block, "verify"), verifyAt, false) === true) {
    checks.verify = { kind: "analysis", name: "verify", line: ctx.doc.lineOf(verifyAt), effective: true };
  }
  const analysis = field(block, "analysis");
  if (present(analysis)) {
    if (isObject(analysis)) {
      const ids = [
        ...asArray(field(analysis, "customChecks")) ?? [],
        ...asArray(path(analysis, ["googleCloud", "alertPolicyChecks"])) ?? []
      ].flatMap((check) => asString(field(check, "id")) ?? []);
      checks.analysis = {
        kind: "analysis",
        name: ids.length > 0 ? ids.join(", ") : "analysis",
        line: ctx.doc.lineOf([...at, "analysis"]),
        effective: true
      };
    } else {
      invalid6(ctx.file, ctx.doc, [...at, "analysis"], `must be a map, got ${describeValue(analysis)}`);
    }
  }
  for (const job of ["predeploy", "postdeploy"]) {
    const actionsAt = [...at, job, "actions"];
    const actions = readList(ctx.file, ctx.doc, path(block, [job, "actions"]), actionsAt).flatMap(
      (action) => asString(action) ?? []
    );
    if (actions.length > 0) {
      checks[job] = {
        kind: "webhook",
        name: `${job} ${actions.join(", ")}`,
        line: ctx.doc.lineOf([...at, job]),
        effective: true
      };
    }
  }
  return checks;
}
function allChecks(checks) {
  return [checks.predeploy, checks.verify, checks.analysis, checks.postdeploy].filter(isGate2);
}
function isGate2(gate) {
  return gate !== void 0;
}
function activeAutomations(ctx, pipeline, targetId) {
  const selecting = ctx.file.automations.filter(
    (automation) => (automation.pipeline === void 0 || automation.pipeline === pipeline) && selects(ctx.file, automation, targetId)
  );
  return selecting.filter((automation) => {
    if (!automation.suspended) return true;
    const rules = [
      ...automation.advance.length > 0 ? ["advanceRolloutRule"] : [],
      ...automation.repair.length > 0 ? ["repairRolloutRule"] : []
    ];
    if (rules.length > 0) {
      ctx.bypasses.push({
        field: `Automation ${clip(automation.name)}: suspended`,
        reason: `the automation is suspended: its ${rules.join(" and ")} do${rules.length === 1 ? "es" : ""} not run`,
        line: automation.doc.lineOf(["suspended"])
      });
      ctx.notes.push(
        `Automation ${clip(automation.name)} is suspended: its ${rules.join(" and ")} ${rules.length === 1 ? "does" : "do"} not count`
      );
    }
    return false;
  });
}
function selects(file, automation, targetId) {
  const labels = file.targets.get(targetId)?.labels;
  return automation.selectors.some(
    (selector) => (selector.id === void 0 || selector.id === "*" || selector.id === targetId) && (selector.labels === void 0 || labels !== void 0 && Object.entries(selector.labels).every(([key, value]) => labels[key] === value))
  );
}
function advancedPhases(ctx, targetId, phases, automations) {
  const rules = automations.flatMap((automation) => automation.advance);
  const stages = phases.map((phase) => {
    const rule = rules.find((r) => r.sourcePhases === void 0 || r.sourcePhases.includes(phase.name));
    return { ...phaseStage(phase), hold: rule === void 0 ? "manual" : rule.wait };
  });
  const manual = stages.filter((stage) => stage.hold === "manual").map((stage) => stage.name);
  if (manual.length > 0) {
    ctx.notes.push(
      rules.length === 0 ? `canary phases wait for a manual \`gcloud deploy rollouts advance\`: no advanceRolloutRule selects target ${clip(targetId)}` : `${manual.join(", ")} wait${manual.length === 1 ? "s" : ""} for a manual \`gcloud deploy rollouts advance\`: no advanceRolloutRule lists ${manual.length === 1 ? "it" : "them"} in sourcePhases`
    );
  }
  return stages;
}
function rollbackOf4(ctx, automations) {
  const rules = automations.flatMap((automation) => automation.repair);
  for (const rule of rules.filter((r) => r.rollbackLine === void 0)) {
    ctx.notes.push(`repair rule ${clip(rule.name)} only retries failed jobs; it does not roll back`);
  }
  const rollbacks = rules.filter((rule) => rule.rollbackLine !== void 0);
  const first = rollbacks[0];
  if (first === void 0) return { automatic: false, how: [MANUAL_ROLLBACK] };
  return {
    automatic: true,
    how: [...new Set(rollbacks.map((rule) => `repair rule ${clip(rule.name)} rolls back on failure`))],
    ...first.rollbackLine !== void 0 ? { line: first.rollbackLine } : {}
  };
}
function present(value) {
  return value !== void 0 && value !== null;
}
function readBoolean(file, doc, value, at, otherwise) {
  if (!present(value)) return void 0;
  if (typeof value === "boolean") return value;
  invalid6(file, doc, at, `must be true or false, got ${describeValue(value)}; read as ${String(otherwise)}`);
  return otherwise;
}
function readList(file, doc, value, at) {
  if (!present(value)) return [];
  const list = asArray(value);
  if (list === void 0) invalid6(file, doc, at, `must be a list, got ${describeValue(value)}`);
  return list ?? [];
}
function stringMap(value) {
  if (!isObject(value)) return void 0;
  const entries = Object.entries(value).filter(
    (entry) => typeof entry[1] === "string"
  );
  return Object.fromEntries(entries);
}
function invalid6(file, doc, at, message) {
  file.diagnostics.push({
    code: "MANIFEST_FIELD_INVALID",
    message: `${fieldPath(at)} ${message}`,
    file: doc.file,
    line: doc.lineOf(at)
  });
}

// src/formats/openkruise.ts
var openKruise = {
  id: "openkruise",
  detect: isKruiseRollout,
  toPlans(doc) {
    if (!isKruiseRollout(doc)) return { plans: [], diagnostics: [] };
    return rolloutPlans(doc);
  }
};
var V1ALPHA1 = "rollouts.kruise.io/v1alpha1";
var V1BETA1 = "rollouts.kruise.io/v1beta1";
var API_VERSIONS2 = /* @__PURE__ */ new Set([V1ALPHA1, V1BETA1]);
var SPEC2 = ["spec"];
var STRATEGY2 = ["spec", "strategy"];
var TRAFFIC_ROUTING_ANNOTATION = "rollouts.kruise.io/trafficrouting";
var PERCENT = /^(\d+(?:\.\d+)?)%$/;
function isKruiseRollout(doc) {
  const apiVersion = asString(field(doc.value, "apiVersion"));
  return apiVersion !== void 0 && API_VERSIONS2.has(apiVersion) && asString(field(doc.value, "kind")) === "Rollout";
}
function rolloutPlans(doc) {
  const version = asString(field(doc.value, "apiVersion")) === V1BETA1 ? V1BETA1 : V1ALPHA1;
  const ctx = { doc, version, diagnostics: [], notes: [] };
  const key = readStrategyKey(ctx);
  if (key === void 0) return { plans: [], diagnostics: ctx.diagnostics };
  const shape = readSteps4(ctx, key);
  const bypasses = readSwitches(ctx);
  const namespace = asString(path(doc.value, ["metadata", "namespace"]));
  const target = {
    kind: "Rollout",
    name: asString(path(doc.value, ["metadata", "name"])) ?? "",
    ...namespace !== void 0 ? { namespace } : {}
  };
  const delivers = readWorkloadRef2(ctx, namespace);
  const plan = {
    id: planId("openkruise", "Rollout", doc),
    format: "openkruise",
    file: doc.file,
    line: doc.lineOf(["kind"]),
    target,
    strategy: shape.strategy,
    stages: shape.stages,
    backgroundGates: [],
    rollback: { automatic: false, how: ["manual rollback only"] },
    bypasses,
    ...delivers ? { delivers } : {},
    notes: ctx.notes
  };
  return { plans: [plan], diagnostics: ctx.diagnostics };
}
function readStrategyKey(ctx) {
  const spec = field(ctx.doc.value, "spec");
  if (spec !== void 0 && spec !== null && !isObject(spec)) {
    invalid7(ctx, SPEC2, `must be a map, got ${describeValue(spec)}`);
    return void 0;
  }
  const strategy = path(ctx.doc.value, STRATEGY2);
  if (strategy === void 0 || strategy === null) {
    ctx.diagnostics.push({
      code: "MANIFEST_UNSUPPORTED",
      message: "Rollout has no spec.strategy (a patch or partial object?); its rollout cannot be judged from this document alone",
      file: ctx.doc.file,
      line: ctx.doc.lineOf(isObject(spec) ? SPEC2 : ["kind"])
    });
    return void 0;
  }
  if (!isObject(strategy)) {
    invalid7(ctx, STRATEGY2, `must be a map holding canary or blueGreen, got ${describeValue(strategy)}`);
    return void 0;
  }
  const hasCanary = present2(field(strategy, "canary"));
  const hasBlueGreen = present2(field(strategy, "blueGreen"));
  if (hasCanary && hasBlueGreen) {
    invalid7(ctx, STRATEGY2, "holds both canary and blueGreen; Kruise Rollouts accepts exactly one");
    return void 0;
  }
  if (hasBlueGreen && ctx.version === V1ALPHA1) {
    invalid7(
      ctx,
      [...STRATEGY2, "blueGreen"],
      `is only in ${V1BETA1}; ${V1ALPHA1} drops it, so this Rollout has no strategy`
    );
    return void 0;
  }
  if (!hasCanary && !hasBlueGreen) {
    invalid7(ctx, STRATEGY2, "holds neither canary nor blueGreen; Kruise Rollouts needs exactly one");
    return void 0;
  }
  return hasCanary ? "canary" : "blueGreen";
}
function readSteps4(ctx, key) {
  const at = [...STRATEGY2, key];
  const block = path(ctx.doc.value, [...STRATEGY2, key]);
  if (!isObject(block)) invalid7(ctx, at, `must be a map with steps, got ${describeValue(block)}`);
  const body = isObject(block) ? block : {};
  const stepsAt = [...at, "steps"];
  const raw = field(body, "steps");
  const steps = asArray(raw) ?? [];
  if (present2(raw) && !Array.isArray(raw)) {
    invalid7(ctx, stepsAt, `must be a list of steps, got ${describeValue(raw)}; read as no steps`);
  }
  const strategy = key === "blueGreen" ? "blue-green" : "canary";
  if (steps.length === 0) {
    ctx.notes.push(`${fieldPath(at)} has no steps: the workload updates without batches or pauses`);
    return {
      strategy: key === "blueGreen" ? "blue-green" : "rolling",
      stages: [{ weight: 100, hold: 0, gates: [], line: ctx.doc.lineOf(at) }]
    };
  }
  const routed = isRouted(ctx, body);
  if (!routed) ctx.notes.push("weights approximate replica counts: no trafficRoutings");
  const reader = new StepReader(ctx, key, stepsAt, routed);
  steps.forEach((step, index) => reader.read(step, index, index === steps.length - 1));
  reader.finishNotes();
  return { strategy, stages: reader.finish(ctx.doc.lineOf(stepsAt)) };
}
function isRouted(ctx, block) {
  const routings = asArray(field(block, "trafficRoutings")) ?? [];
  const ref = asString(field(block, "trafficRoutingRef")) ?? asString(path(ctx.doc.value, [...STRATEGY2, "trafficRoutingRef"]));
  const annotation = asString(path(ctx.doc.value, ["metadata", "annotations", TRAFFIC_ROUTING_ANNOTATION]));
  return routings.length > 0 || (ref ?? "") !== "" || (annotation ?? "") !== "";
}
var StepReader = class {
  constructor(ctx, key, stepsAt, routed) {
    this.ctx = ctx;
    this.key = key;
    this.stepsAt = stepsAt;
    this.routed = routed;
  }
  ctx;
  key;
  stepsAt;
  routed;
  stages = [];
  withoutPause = [];
  countSteps = [];
  unroutedMatches = [];
  otherVersionFields = [];
  read(raw, index, last) {
    const at = [...this.stepsAt, index];
    if (!isObject(raw)) {
      invalid7(this.ctx, at, `must be a map with traffic, replicas and pause, got ${describeValue(raw)}`);
      return;
    }
    const exposure = this.exposureOf(raw, at, index);
    if (exposure === void 0) return;
    const finalBatch = last && this.key === "canary" && field(raw, "replicas") === "100%";
    const hold = finalBatch ? 0 : this.holdOf(raw, at, index);
    const stage = { weight: exposure.weight, hold, gates: [], line: exposure.line };
    if (exposure.segment !== void 0) stage.segment = exposure.segment;
    if (stage.weight === 0 && stage.segment === void 0 && stage.hold === 0) return;
    this.stages.push(stage);
  }
  /** The final 100% stage: explicit when the last step reaches it, else implicit. */
  finish(implicitLine) {
    const last = this.stages[this.stages.length - 1];
    if (last === void 0 || last.weight !== 100 || last.segment !== void 0) {
      this.stages.push({ weight: 100, hold: 0, gates: [], line: implicitLine });
    }
    return this.stages;
  }
  finishNotes() {
    const list = (indexes) => indexes.map((i) => `steps[${i}]`).join(", ");
    if (this.withoutPause.length > 0) {
      const one = this.withoutPause.length === 1;
      this.ctx.notes.push(
        `${list(this.withoutPause)} ${one ? "has" : "have"} no pause: Kruise waits for a manual approval (kubectl-kruise rollout approve) after ${one ? "it" : "each of them"}`
      );
    }
    if (this.countSteps.length > 0) {
      this.ctx.notes.push(
        `${list(this.countSteps)} set${this.countSteps.length === 1 ? "s" : ""} a number of replicas, not a share: the share of traffic depends on the workload's replica count, which the Rollout does not hold`
      );
    }
    if (this.otherVersionFields.length > 0) {
      const own = this.ctx.version === V1BETA1 ? "traffic" : "weight";
      this.ctx.notes.push(
        `${this.otherVersionFields.map(fieldPath).join(", ")}: not a ${this.ctx.version} field, so it is ignored (this version reads ${own})`
      );
    }
    if (this.unroutedMatches.length > 0) {
      this.ctx.notes.push(`${list(this.unroutedMatches)}: matches have no effect without trafficRoutings`);
    }
  }
  exposureOf(step, at, index) {
    const traffic = this.trafficOf(step, at);
    const matches = this.matchesOf(step, at);
    if (this.routed) {
      if (traffic !== void 0) {
        return { weight: traffic.weight, line: traffic.line, ...matches ? { segment: matches } : {} };
      }
      if (matches !== void 0) {
        return { weight: 0, line: this.ctx.doc.lineOf([...at, "matches"]), segment: matches };
      }
      if (this.key === "blueGreen") return { weight: 0, line: this.ctx.doc.lineOf(at) };
    } else if (matches !== void 0) {
      this.unroutedMatches.push(index);
    }
    const replicas = this.replicasOf(step, at);
    const replicasLine = this.ctx.doc.lineOf([...at, "replicas"]);
    if (replicas !== void 0 && "percent" in replicas)
      return { weight: replicas.percent, line: replicasLine };
    if (replicas !== void 0) {
      this.countSteps.push(index);
      const previous = this.stages[this.stages.length - 1]?.weight ?? 0;
      const pods = `${replicas.count} replica${replicas.count === 1 ? "" : "s"}`;
      return { weight: previous, line: replicasLine, segment: pods };
    }
    if (traffic !== void 0) return { weight: traffic.weight, line: traffic.line };
    invalid7(this.ctx, at, "sets neither replicas nor a traffic share; the step was ignored");
    return void 0;
  }
  /** v1beta1 `traffic: "5%"`, v1alpha1 `weight: 5`; the other version's field is pruned by the API server. */
  trafficOf(step, at) {
    const own = this.ctx.version === V1BETA1 ? "traffic" : "weight";
    const other = own === "traffic" ? "weight" : "traffic";
    if (present2(field(step, other))) this.otherVersionFields.push([...at, other]);
    const value = field(step, own);
    if (!present2(value)) return void 0;
    const fieldAt = [...at, own];
    const weight = own === "traffic" ? percentOf(value) : wholePercent(value);
    if (weight === void 0) {
      const form = own === "traffic" ? 'a percentage string like "5%"' : "a whole number from 0 to 100";
      invalid7(this.ctx, fieldAt, `must be ${form}, got ${describeValue(value)}`);
      return void 0;
    }
    return { weight, line: this.ctx.doc.lineOf(fieldAt) };
  }
  replicasOf(step, at) {
    const value = field(step, "replicas");
    if (!present2(value)) return void 0;
    if (typeof value === "number" && Number.isInteger(value) && value >= 0) return { count: value };
    const percent = percentOf(value);
    if (percent !== void 0) return { percent };
    invalid7(
      this.ctx,
      [...at, "replicas"],
      `must be a number of pods or a percentage like "20%", got ${describeValue(value)}`
    );
    return void 0;
  }
  matchesOf(step, at) {
    const value = field(step, "matches");
    if (!present2(value)) return void 0;
    const matches = asArray(value);
    if (matches === void 0) {
      invalid7(this.ctx, [...at, "matches"], `must be a list of header matches, got ${describeValue(value)}`);
      return void 0;
    }
    return matches.length === 0 ? void 0 : describeMatches(matches);
  }
  holdOf(step, at, index) {
    const pause = field(step, "pause");
    if (pause === void 0 || pause === null) {
      this.withoutPause.push(index);
      return "manual";
    }
    const pauseAt = [...at, "pause"];
    if (!isObject(pause)) {
      invalid7(
        this.ctx,
        pauseAt,
        `must be a map: {} waits for a person, {duration: 60} waits 60s; got ${describeValue(pause)}`
      );
      return 0;
    }
    const duration = field(pause, "duration");
    if (duration === void 0 || duration === null) return "manual";
    if (typeof duration !== "number" || !Number.isInteger(duration) || duration < 0) {
      invalid7(
        this.ctx,
        [...pauseAt, "duration"],
        `must be a whole number of seconds, got ${describeValue(duration)}`
      );
      return 0;
    }
    return duration;
  }
};
function describeMatches(matches) {
  return matches.map((match) => {
    const parts = [
      ...(asArray(field(match, "headers")) ?? []).map((rule) => describeRule("header", rule)),
      ...(asArray(field(match, "queryParams")) ?? []).map((rule) => describeRule("query", rule))
    ].filter((part) => part !== void 0);
    return parts.length > 0 ? parts.join(" and ") : "a match condition";
  }).join(" or ");
}
function describeRule(label, rule) {
  const name = asString(field(rule, "name"));
  if (name === void 0) return void 0;
  const value = asString(field(rule, "value")) ?? "";
  const regex = asString(field(rule, "type")) === "RegularExpression";
  return `${label} ${clip(name)}${regex ? " ~ " : "="}${clip(value)}`;
}
function readSwitches(ctx) {
  const bypasses = [];
  const disabled = field(field(ctx.doc.value, "spec"), "disabled");
  if (present2(disabled) && disabled !== false) {
    if (disabled !== true) {
      invalid7(
        ctx,
        [...SPEC2, "disabled"],
        `must be true or false, got ${describeValue(disabled)}; read as disabled`
      );
    }
    bypasses.push({
      field: "spec.disabled",
      reason: "Kruise Rollouts ignores this Rollout: the workload updates with its own strategy, without batches or pauses",
      line: ctx.doc.lineOf([...SPEC2, "disabled"])
    });
  }
  const paused = path(ctx.doc.value, [...STRATEGY2, "paused"]);
  if (present2(paused) && paused !== false && paused !== true) {
    invalid7(ctx, [...STRATEGY2, "paused"], `must be true or false, got ${describeValue(paused)}`);
  } else if (paused === true) {
    ctx.notes.push(
      "spec.strategy.paused: true: the rollout does not move to the next step until someone resumes it"
    );
  }
  return bypasses;
}
function readWorkloadRef2(ctx, namespace) {
  const own = ctx.version === V1BETA1 ? ["spec", "workloadRef"] : ["spec", "objectRef", "workloadRef"];
  const other = ctx.version === V1BETA1 ? ["spec", "objectRef", "workloadRef"] : ["spec", "workloadRef"];
  const ref = path(ctx.doc.value, own);
  if (!present2(ref)) {
    const misplaced = present2(path(ctx.doc.value, other));
    invalid7(
      ctx,
      misplaced ? other : SPEC2,
      misplaced ? `is not read by ${ctx.version}, which names the workload in ${own.join(".")}` : `names no workload (${own.join(".")})`
    );
    return void 0;
  }
  const kind = asString(field(ref, "kind"));
  const name = asString(field(ref, "name"));
  if (kind === void 0 || name === void 0 || kind === "" || name === "") {
    invalid7(ctx, own, "must name the workload with kind and name");
    return void 0;
  }
  return { kind, name, ...namespace !== void 0 ? { namespace } : {} };
}
function present2(value) {
  return value !== void 0 && value !== null;
}
function percentOf(value) {
  if (typeof value !== "string") return void 0;
  const match = PERCENT.exec(value.trim());
  const percent = match ? Number(match[1]) : void 0;
  return percent !== void 0 && percent <= 100 ? percent : void 0;
}
function wholePercent(value) {
  return typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= 100 ? value : void 0;
}
function invalid7(ctx, at, message) {
  ctx.diagnostics.push({
    code: "MANIFEST_FIELD_INVALID",
    message: `${fieldPath(at)} ${message}`,
    file: ctx.doc.file,
    line: ctx.doc.lineOf(at)
  });
}

// src/formats/document.ts
var import_yaml = __toESM(require_dist(), 1);
var DEFAULT_PARSE_LIMITS = {
  maxBytes: 2 * 1024 * 1024,
  maxDepth: 64,
  maxAliases: 100
};
var TEMPLATE_ACTION = /(?<!\$)\{\{-?\s*(?:\.[A-Za-z]|\$|(?:include|template|if|else|end|range|with|define|toYaml|tpl|printf|default|required|quote|block|fail|lookup)\b)/;
var YAML11_AMBIGUOUS = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF|[-+]?0[0-7]+|[-+]?0b[01_]+|[-+]?[0-9][0-9_]*_[0-9_]*(?:\.[0-9_]*)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?)$/;
var CLOUDFORMATION_FUNCTIONS = [
  "Ref",
  "Condition",
  "Base64",
  "Cidr",
  "FindInMap",
  "GetAtt",
  "GetAZs",
  "ImportValue",
  "Join",
  "Select",
  "Split",
  "Sub",
  "Transform",
  "And",
  "Equals",
  "If",
  "Not",
  "Or",
  "Length",
  "ToJsonString"
];
var CLOUDFORMATION_TAG_NAMES = new Set(CLOUDFORMATION_FUNCTIONS.map((name) => `!${name}`));
var CLOUDFORMATION_TAGS = CLOUDFORMATION_FUNCTIONS.flatMap((name) => {
  const key = name === "Ref" || name === "Condition" ? name : `Fn::${name}`;
  const tag = `!${name}`;
  const wrap = (argument) => {
    const map = new import_yaml.YAMLMap();
    map.items.push(new import_yaml.Pair(new import_yaml.Scalar(key), argument));
    return map;
  };
  return [
    { tag, resolve: (text) => ({ [key]: name === "GetAtt" ? text.split(".") : text }) },
    { tag, collection: "seq", resolve: wrap },
    { tag, collection: "map", resolve: wrap }
  ];
});
function looksLikeCloudFormation(text) {
  return /^AWSTemplateFormatVersion\s*:/m.test(text) || /^Transform\s*:.*AWS::Serverless/m.test(text) || /^Resources\s*:/m.test(text) && /^\s+Type\s*:\s*["']?AWS::/m.test(text);
}
function parseManifestText(text, file, limits2 = DEFAULT_PARSE_LIMITS) {
  const diagnostics = [];
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes > limits2.maxBytes) {
    diagnostics.push({
      code: "MANIFEST_TOO_LARGE",
      message: `file is ${bytes} bytes, over the limit of ${limits2.maxBytes} bytes; it was not parsed`,
      file,
      line: 1
    });
    return { documents: [], diagnostics, templated: false };
  }
  const source = text.charCodeAt(0) === 65279 ? text.slice(1) : text;
  const templateLine = findTemplateLine(source);
  if (templateLine !== void 0) {
    diagnostics.push({
      code: "MANIFEST_TEMPLATED",
      message: "file is a template (Go/Helm `{{ }}` actions); its rollout cannot be judged until it is rendered",
      file,
      line: templateLine
    });
    return { documents: [], diagnostics, templated: true };
  }
  const tooDeep = findExcessiveNesting(source, limits2.maxDepth);
  if (tooDeep !== void 0) {
    diagnostics.push({
      code: "MANIFEST_TOO_DEEP",
      message: `nesting is deeper than ${limits2.maxDepth} levels; the file was not parsed`,
      file,
      line: tooDeep
    });
    return { documents: [], diagnostics, templated: false };
  }
  const cloudFormation = looksLikeCloudFormation(source);
  const lineCounter = new import_yaml.LineCounter();
  const locate = (offset) => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
  const parsed = (0, import_yaml.parseAllDocuments)(source, {
    lineCounter,
    version: "1.2",
    schema: "core",
    merge: true,
    uniqueKeys: true,
    prettyErrors: false,
    strict: true,
    intAsBigInt: false,
    keepSourceTokens: false,
    customTags: cloudFormation ? CLOUDFORMATION_TAGS : []
  });
  if ("empty" in parsed) {
    for (const error of parsed.errors) diagnostics.push(yamlDiagnostic(error, file, locate));
  }
  const docs = "empty" in parsed ? [] : parsed;
  const documents = [];
  docs.forEach((doc, index) => {
    const problems = documentProblems(doc, file, locate, cloudFormation);
    if (problems.length > 0) {
      diagnostics.push(...problems);
      return;
    }
    if (doc.contents === null) return;
    let value;
    try {
      value = doc.toJS({ maxAliasCount: limits2.maxAliases });
    } catch (error) {
      diagnostics.push({
        code: "MANIFEST_UNPARSEABLE",
        message: error instanceof ReferenceError ? `too many alias expansions (over ${limits2.maxAliases}); the document was not evaluated` : `the document could not be read: ${error instanceof Error ? error.message : String(error)}`,
        file,
        line: locate(doc.range[0]).line
      });
      return;
    }
    if (value === null || value === void 0) return;
    documents.push(makeSourceDocument(doc, value, file, index, locate));
  });
  return { documents, diagnostics: capped(diagnostics), templated: false };
}
var MAX_DIAGNOSTICS_PER_FILE = 10;
function capped(diagnostics) {
  if (diagnostics.length <= MAX_DIAGNOSTICS_PER_FILE) return diagnostics;
  const shown = diagnostics.slice(0, MAX_DIAGNOSTICS_PER_FILE);
  const last = shown[shown.length - 1];
  shown.push({
    ...last,
    message: `and ${diagnostics.length - MAX_DIAGNOSTICS_PER_FILE} more problems in this file`
  });
  return shown;
}
function documentProblems(doc, file, locate, cloudFormation) {
  const allowedTag = (tag) => tag === void 0 || cloudFormation && CLOUDFORMATION_TAG_NAMES.has(tag);
  const problems = [];
  for (const error of doc.errors) problems.push(yamlDiagnostic(error, file, locate));
  for (const warning of doc.warnings) problems.push(yamlDiagnostic(warning, file, locate));
  if (doc.directives.yaml.explicit) {
    problems.push({
      code: "MANIFEST_UNPARSEABLE",
      message: `%YAML ${doc.directives.yaml.version} directive: only plain YAML 1.2 is accepted`,
      file,
      line: locate(doc.range[0]).line
    });
  }
  if (problems.length > 0) return problems;
  const walk2 = (node, isKey) => {
    if ((0, import_yaml.isScalar)(node)) {
      if (isKey) return;
      if (!allowedTag(node.tag)) {
        problems.push(
          at(node, "MANIFEST_UNPARSEABLE", `explicit tag ${node.tag} is not accepted in a manifest`)
        );
      } else if (node.type === "PLAIN" && typeof node.source === "string" && YAML11_AMBIGUOUS.test(node.source)) {
        problems.push(
          at(
            node,
            "MANIFEST_AMBIGUOUS_SCALAR",
            `plain value \`${node.source}\` means something else to YAML 1.1 parsers such as Kubernetes'; quote it or write it as ${suggestion(node.source)}`
          )
        );
      }
    } else if ((0, import_yaml.isMap)(node)) {
      if (!allowedTag(node.tag) && node.tag !== "tag:yaml.org,2002:map") {
        problems.push(
          at(node, "MANIFEST_UNPARSEABLE", `explicit tag ${node.tag} is not accepted in a manifest`)
        );
      }
      const seen = /* @__PURE__ */ new Set();
      for (const pair of node.items) {
        const key = (0, import_yaml.isScalar)(pair.key) ? String(pair.key.value) : void 0;
        if (key !== void 0 && key !== "<<") {
          if (seen.has(key)) {
            problems.push(at(pair.key, "MANIFEST_UNPARSEABLE", `duplicate key \`${key}\``));
          }
          seen.add(key);
        }
        walk2(pair.key, true);
        walk2(pair.value, false);
      }
    } else if ((0, import_yaml.isSeq)(node)) {
      if (!allowedTag(node.tag) && node.tag !== "tag:yaml.org,2002:seq") {
        problems.push(
          at(node, "MANIFEST_UNPARSEABLE", `explicit tag ${node.tag} is not accepted in a manifest`)
        );
      }
      for (const item of node.items) walk2(item, false);
    } else if ((0, import_yaml.isPair)(node)) {
      walk2(node.key, true);
      walk2(node.value, false);
    }
  };
  walk2(doc.contents, false);
  return problems;
  function at(node, code, message) {
    const { line, column } = locate(node.range?.[0] ?? doc.range[0]);
    return { code, message, file, line, column };
  }
}
function suggestion(source) {
  if (/^(?:y|yes|on)$/i.test(source)) return "`true`";
  if (/^(?:n|no|off)$/i.test(source)) return "`false`";
  return "a plain decimal number";
}
function yamlDiagnostic(error, file, locate) {
  const { line, column } = locate(error.pos[0]);
  const description = error.message.split(/ at line \d+, column \d+/)[0]?.trim() ?? error.code;
  return { code: "MANIFEST_UNPARSEABLE", message: `YAML ${error.code}: ${description}`, file, line, column };
}
function makeSourceDocument(doc, value, file, index, locate) {
  const start = doc.contents?.range?.[0] ?? doc.range[0];
  return {
    file,
    index,
    line: locate(start).line,
    value,
    lineOf(path2) {
      let node = doc.contents;
      let best = start;
      for (const segment of path2) {
        if ((0, import_yaml.isAlias)(node)) node = node.resolve(doc);
        if ((0, import_yaml.isMap)(node)) {
          const pair = node.items.find((p) => (0, import_yaml.isScalar)(p.key) && String(p.key.value) === String(segment));
          if (!pair) break;
          const keyNode = pair.key;
          if (keyNode.range) best = keyNode.range[0];
          node = pair.value;
        } else if ((0, import_yaml.isSeq)(node) && typeof segment === "number") {
          const item = node.items[segment];
          if (!item) break;
          if (item.range) best = item.range[0];
          node = item;
        } else {
          break;
        }
      }
      return locate(best).line;
    }
  };
}
function findTemplateLine(text) {
  if (!text.includes("{{")) return void 0;
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    if (TEMPLATE_ACTION.test(lines[i] ?? "")) return i + 1;
  }
  return void 0;
}
function findExcessiveNesting(text, maxDepth) {
  let depth = 0;
  let line = 1;
  let quote;
  let lineStart = true;
  let indent = 0;
  let inComment = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "\n") {
      line++;
      lineStart = true;
      indent = 0;
      inComment = false;
      continue;
    }
    if (inComment) continue;
    if (lineStart) {
      if (c === " " || c === "-" || c === "	" || c === "?") {
        indent++;
        if (indent > maxDepth * 8) return line;
        continue;
      }
      lineStart = false;
    }
    if (quote) {
      if (c === "\\" && quote === '"') i++;
      else if (c === quote) quote = void 0;
      continue;
    }
    if (c === '"' || c === "'") {
      const prev = text[i - 1];
      if (prev === void 0 || /[\s[{,:]/.test(prev)) quote = c;
    } else if (c === "#" && (i === 0 || /\s/.test(text[i - 1] ?? ""))) {
      inComment = true;
    } else if (c === "[" || c === "{") {
      depth++;
      if (depth > maxDepth) return line;
    } else if (c === "]" || c === "}") {
      depth = Math.max(0, depth - 1);
    }
  }
  return void 0;
}

// src/formats/flagger.ts
var flagger = {
  id: "flagger",
  detect(doc) {
    const apiVersion = asString(field(doc.value, "apiVersion"));
    const kind = asString(field(doc.value, "kind"));
    if (apiVersion === void 0 || !apiVersion.startsWith(API_GROUP2)) return false;
    return kind === "Canary" || kind === "MetricTemplate" || kind === "AlertProvider";
  },
  toPlans(doc) {
    if (asString(field(doc.value, "kind")) !== "Canary") return { plans: [], diagnostics: [] };
    return canaryPlans(doc);
  }
};
var API_GROUP2 = "flagger.app/";
var KNOWN_API_VERSIONS = ["flagger.app/v1beta1", "flagger.app/v1alpha3", "flagger.app/v1alpha1"];
var DEFAULT_INTERVAL = 60;
var MIN_INTERVAL = 10;
var DEFAULT_THRESHOLD = 1;
var GO_DURATION = /^(?:\d+(?:\.\d+)?(?:ms|s|m|h))+$/;
var KUBERNETES_PROVIDER_ITERATIONS = 10;
var BUILTIN_METRICS = /* @__PURE__ */ new Set(["request-success-rate", "request-duration"]);
var WEBHOOK_TYPES = /* @__PURE__ */ new Set([
  "",
  "confirm-rollout",
  "pre-rollout",
  "rollout",
  "confirm-traffic-increase",
  "confirm-promotion",
  "post-rollout",
  "rollback",
  "event"
]);
var ANALYSIS_ONLY_KEYS = [
  "interval",
  "threshold",
  "maxWeight",
  "stepWeight",
  "stepWeights",
  "iterations",
  "match",
  "metrics",
  "webhooks"
];
function canaryPlans(doc) {
  const ctx = { doc, diagnostics: [], notes: [] };
  const spec = readSpec(ctx);
  if (!spec) return { plans: [], diagnostics: ctx.diagnostics };
  noteUnknownApiVersion(ctx);
  noteMisplacedAnalysisKeys(ctx, spec);
  const switches = {
    skipAnalysis: readSwitch(ctx, spec, "skipAnalysis", "the analysis is treated as skipped"),
    suspended: readSwitch(ctx, spec, "suspend", "the Canary is treated as suspended"),
    analysis: readAnalysis2(ctx, spec)
  };
  const provider = readProvider(ctx, spec);
  const { analysis } = switches;
  const rollout = analysis && !switches.skipAnalysis ? analysedRollout(ctx, analysis, provider) : unanalysedRollout(ctx, switches, provider);
  const namespace = asString(path(doc.value, ["metadata", "namespace"]));
  const target = {
    kind: "Canary",
    name: asString(path(doc.value, ["metadata", "name"])) ?? "",
    ...namespace !== void 0 ? { namespace } : {}
  };
  const delivers = readTargetRef(ctx, spec, namespace);
  const failureThreshold = analysis && !switches.skipAnalysis && !switches.suspended ? thresholdOf(ctx, analysis, rollout) : void 0;
  const plan = {
    id: planId("flagger", "Canary", doc),
    format: "flagger",
    file: doc.file,
    line: doc.lineOf(["kind"]),
    target,
    ...rollout,
    rollback: rollbackOf5(ctx, switches),
    bypasses: bypassesOf(ctx, switches),
    ...delivers ? { delivers } : {},
    ...failureThreshold ? { failureThreshold } : {},
    notes: ctx.notes
  };
  return { plans: [plan], diagnostics: ctx.diagnostics };
}
function readSpec(ctx) {
  const spec = field(ctx.doc.value, "spec");
  if (spec === void 0 || spec === null || isObject(spec) && field(spec, "targetRef") === void 0) {
    ctx.diagnostics.push({
      code: "MANIFEST_UNSUPPORTED",
      message: "Canary has no spec.targetRef: it looks like a partial object (a Kustomize patch?) and cannot be judged on its own; build the overlay and check the result",
      file: ctx.doc.file,
      line: ctx.doc.lineOf(["spec"])
    });
    return void 0;
  }
  if (!isObject(spec)) invalid8(ctx, ["spec"], `spec must be a mapping, not ${describeValue(spec)}`);
  return asObject(spec);
}
function noteUnknownApiVersion(ctx) {
  const apiVersion = asString(field(ctx.doc.value, "apiVersion")) ?? "";
  if (!KNOWN_API_VERSIONS.includes(apiVersion)) {
    ctx.notes.push(
      `apiVersion ${apiVersion} is not a Flagger version rollout-guard knows; read as flagger.app/v1beta1`
    );
  }
}
function thresholdOf(ctx, analysis, rollout) {
  return {
    label: "Flagger analysis threshold",
    failures: analysis.threshold,
    ...rollout.checks !== void 0 ? { checks: rollout.checks } : {},
    line: ctx.doc.lineOf(["spec", analysis.key, "threshold"])
  };
}
function analysedRollout(ctx, analysis, provider) {
  const webhooks = readWebhooks(ctx, analysis);
  const shape = effectiveShape(ctx, analysis, provider);
  const { stages, checks } = stagesFor(ctx, analysis, shape);
  applyWebhookGates(ctx, stages, shape.strategy, webhooks);
  const backgroundGates = [...metricGates(ctx, analysis), ...backgroundWebhookGates(ctx, webhooks)];
  noteToothlessAnalysis(ctx, backgroundGates, stages);
  return { strategy: shape.strategy, stages, backgroundGates, ...checks !== void 0 ? { checks } : {} };
}
function unanalysedRollout(ctx, switches, provider) {
  const { analysis } = switches;
  const stages = [];
  if (analysis) {
    ctx.notes.push(`skipAnalysis: the ${analysis.key} block is not run`);
    const approvals = readWebhooks(ctx, analysis).filter((hook) => hook.type === "confirm-rollout").map((hook) => approval(hook));
    const first = approvals[0];
    if (first) stages.push({ weight: 0, hold: "manual", gates: approvals, line: first.line });
  }
  stages.push(finalStage3(ctx.doc.lineOf(switches.skipAnalysis ? ["spec", "skipAnalysis"] : ["spec"])));
  const strategy = analysis ? effectiveShape(ctx, analysis, provider, false).strategy : "canary";
  return { strategy, stages, backgroundGates: [] };
}
function bypassesOf(ctx, switches) {
  const bypasses = [];
  const at = (key) => ctx.doc.lineOf(["spec", key]);
  if (switches.skipAnalysis) {
    bypasses.push({
      field: "spec.skipAnalysis",
      reason: "Flagger promotes the new version without analysing it: no stages, no checks, no rollback",
      line: at("skipAnalysis")
    });
  }
  if (!switches.analysis) {
    bypasses.push({
      field: "spec.analysis",
      reason: "Flagger promotes without analysis: the Canary has no analysis (or canaryAnalysis) block",
      line: at("analysis")
    });
  }
  if (switches.suspended) {
    bypasses.push({
      field: "spec.suspend",
      reason: "Flagger ignores changes to the target while the Canary is suspended: no analysis and no rollback run",
      line: at("suspend")
    });
  }
  return bypasses;
}
function rollbackOf5(ctx, { skipAnalysis, suspended, analysis }) {
  if (analysis && !skipAnalysis && !suspended) {
    const { threshold } = analysis;
    return {
      automatic: true,
      how: [`rolls back after ${threshold} failed check${threshold === 1 ? "" : "s"}`],
      line: ctx.doc.lineOf(["spec", analysis.key])
    };
  }
  const why = skipAnalysis ? "skipAnalysis: Flagger promotes without checks" : !analysis ? "no analysis block: Flagger promotes without checks" : "suspend: Flagger does not run the analysis";
  return { automatic: false, how: [`${why}, so nothing triggers a rollback`] };
}
function readSwitch(ctx, spec, key, consequence) {
  const value = field(spec, key);
  if (value === void 0 || value === null || value === false) return false;
  if (value === true) return true;
  invalid8(ctx, ["spec", key], `spec.${key} must be true or false, not ${describeValue(value)}; ${consequence}`);
  return true;
}
function readProvider(ctx, spec) {
  const value = field(spec, "provider");
  if (value === void 0 || value === null) return void 0;
  if (typeof value !== "string") {
    invalid8(ctx, ["spec", "provider"], `spec.provider must be a string, not ${describeValue(value)}`);
    return void 0;
  }
  return value;
}
function readTargetRef(ctx, spec, namespace) {
  const ref = field(spec, "targetRef");
  const name = asString(field(ref, "name"));
  if (!isObject(ref) || name === void 0 || name === "") {
    invalid8(ctx, ["spec", "targetRef"], "spec.targetRef must be a mapping with a name");
    return void 0;
  }
  const kind = asString(field(ref, "kind")) ?? "Deployment";
  const refNamespace = asString(field(ref, "namespace"));
  if (refNamespace !== void 0 && refNamespace !== (namespace ?? "")) {
    ctx.notes.push(
      `spec.targetRef.namespace ${refNamespace} is ignored: Flagger delivers the ${kind} ${name} of the Canary's own namespace${namespace !== void 0 ? ` (${namespace})` : ""}`
    );
  }
  return { kind, name, ...namespace !== void 0 ? { namespace } : {} };
}
function readAnalysis2(ctx, spec) {
  const present3 = (key2) => field(spec, key2) !== void 0 && field(spec, key2) !== null;
  const key = present3("analysis") ? "analysis" : present3("canaryAnalysis") ? "canaryAnalysis" : void 0;
  if (key === void 0) return void 0;
  if (key === "analysis" && present3("canaryAnalysis")) {
    ctx.notes.push("spec.canaryAnalysis is ignored: spec.analysis takes precedence");
  }
  const value = field(spec, key);
  if (!isObject(value)) {
    invalid8(
      ctx,
      ["spec", key],
      `spec.${key} must be a mapping, not ${describeValue(value)}; it is read as absent`
    );
    return void 0;
  }
  const at = (name) => ["spec", key, name];
  const stepWeights = readList2(ctx, value, at("stepWeights")).map((item, i) => readWeight(ctx, item, [...at("stepWeights"), i])).filter((weight) => weight !== void 0);
  if (stepWeights.some((weight, i) => i > 0 && weight <= (stepWeights[i - 1] ?? 0))) {
    invalid8(ctx, at("stepWeights"), `spec.${key}.stepWeights must ascend`);
  }
  return {
    key,
    value,
    interval: readInterval(ctx, value, at("interval")),
    threshold: positiveOr(readInteger(ctx, value, at("threshold")), DEFAULT_THRESHOLD),
    iterations: positiveOr(readInteger(ctx, value, at("iterations")), 0),
    match: readList2(ctx, value, at("match")),
    stepWeight: positiveOr(readWeight(ctx, field(value, "stepWeight"), at("stepWeight")), 0),
    stepWeights,
    maxWeight: readMaxWeight(ctx, value, at("maxWeight")),
    mirror: field(value, "mirror") === true
  };
}
function readInterval(ctx, analysis, at) {
  const value = field(analysis, "interval");
  if (value === void 0 || value === null || value === "") return DEFAULT_INTERVAL;
  const seconds = typeof value === "string" && GO_DURATION.test(value) ? parseDuration(value) : void 0;
  if (seconds === void 0) {
    invalid8(
      ctx,
      at,
      `${fieldPath(at)} must be a duration such as 1m or 30s; Flagger's default of 60s is assumed`
    );
    return DEFAULT_INTERVAL;
  }
  return Math.max(seconds, MIN_INTERVAL);
}
function readInteger(ctx, object, at) {
  const value = field(object, String(at[at.length - 1]));
  if (value === void 0 || value === null) return void 0;
  const number = asNumber(value);
  if (number === void 0 || !Number.isInteger(number)) {
    invalid8(ctx, at, `${fieldPath(at)} must be a whole number, not ${describeValue(value)}`);
    return void 0;
  }
  return number;
}
function readWeight(ctx, value, at) {
  if (value === void 0 || value === null) return void 0;
  const number = asNumber(value);
  if (number === void 0 || !Number.isInteger(number) || number < 0 || number > 100) {
    invalid8(ctx, at, `${fieldPath(at)} must be a whole percentage from 0 to 100, not ${describeValue(value)}`);
    return void 0;
  }
  return number;
}
function readMaxWeight(ctx, analysis, at) {
  const weight = readWeight(ctx, field(analysis, "maxWeight"), at);
  return weight !== void 0 && weight > 0 ? weight : void 0;
}
function readList2(ctx, object, at) {
  const value = field(object, String(at[at.length - 1]));
  if (value === void 0 || value === null) return [];
  const list = asArray(value);
  if (!list) invalid8(ctx, at, `${fieldPath(at)} must be a list, not ${describeValue(value)}`);
  return list ?? [];
}
function readWebhooks(ctx, analysis) {
  const at = ["spec", analysis.key, "webhooks"];
  const webhooks = [];
  readList2(ctx, analysis.value, at).forEach((item, i) => {
    const itemAt = [...at, i];
    if (!isObject(item)) {
      invalid8(ctx, itemAt, `${fieldPath(itemAt)} must be a mapping, not ${describeValue(item)}`);
      return;
    }
    const rawType = field(item, "type");
    const type = rawType === void 0 || rawType === null ? "" : asString(rawType);
    if (type === void 0 || !WEBHOOK_TYPES.has(type)) {
      invalid8(
        ctx,
        [...itemAt, "type"],
        `${fieldPath([...itemAt, "type"])} is not a Flagger webhook type; the webhook is ignored`
      );
      return;
    }
    webhooks.push({
      type,
      name: asString(field(item, "name")),
      line: ctx.doc.lineOf(itemAt),
      loadTest: isLoadTest(field(item, "metadata"))
    });
  });
  return webhooks;
}
function noteMisplacedAnalysisKeys(ctx, spec) {
  for (const key of ANALYSIS_ONLY_KEYS) {
    if (field(spec, key) !== void 0) {
      ctx.notes.push(
        `spec.${key} is not read by Flagger (the API server prunes it): it belongs under spec.analysis`
      );
    }
  }
}
function effectiveShape(ctx, analysis, provider, withNotes = true) {
  let iterations = analysis.iterations;
  let hasMatch = analysis.match.length > 0;
  let forcedBlueGreen = false;
  if (provider === "kubernetes") {
    if (hasMatch) {
      hasMatch = false;
      if (withNotes)
        ctx.notes.push("provider kubernetes does not support A/B testing: Flagger ignores match");
    }
    if (iterations < 1) {
      iterations = KUBERNETES_PROVIDER_ITERATIONS;
      forcedBlueGreen = true;
      if (withNotes) {
        ctx.notes.push(
          `provider kubernetes shifts no traffic: Flagger ignores stepWeight/maxWeight and runs blue/green for ${KUBERNETES_PROVIDER_ITERATIONS} iterations`
        );
      }
    }
  }
  const strategy = hasMatch && iterations > 0 ? "ab-test" : iterations > 0 ? "blue-green" : "canary";
  return { strategy, iterations, forcedBlueGreen };
}
function stagesFor(ctx, analysis, shape) {
  const at = (...rest) => ctx.doc.lineOf(["spec", analysis.key, ...rest]);
  const final = finalStage3(at());
  if (shape.strategy === "ab-test") {
    const hold = shape.iterations * analysis.interval;
    if (routesEveryone(analysis.match)) {
      ctx.notes.push(
        "spec.analysis.match routes every request (a header every request carries, matched on any value): the A/B test sends all traffic to the new version"
      );
      return {
        stages: [{ weight: 100, hold, gates: [], line: at("match") }, final],
        checks: shape.iterations
      };
    }
    const segment = describeMatch(analysis.match);
    return {
      stages: [{ weight: 0, hold, gates: [], line: at("match"), segment }, final],
      checks: shape.iterations
    };
  }
  if (shape.strategy === "blue-green") {
    const line = shape.forcedBlueGreen ? ctx.doc.lineOf(["spec", "provider"]) : at("iterations");
    if (analysis.mirror) ctx.notes.push("traffic is mirrored to the new version while the iterations run");
    return {
      stages: [{ weight: 0, hold: shape.iterations * analysis.interval, gates: [], line }, final],
      checks: shape.iterations
    };
  }
  const stages = [];
  if (analysis.mirror) {
    stages.push({ weight: 0, hold: analysis.interval, gates: [], line: at("mirror") });
    ctx.notes.push(
      `traffic is mirrored to the new version for ${formatDuration(analysis.interval)} before weights shift; users see only the old version's responses`
    );
  }
  const weights = canaryWeights(ctx, analysis);
  for (const step of weights.steps) {
    stages.push({
      weight: step.weight,
      hold: step.weight === 100 ? 0 : analysis.interval,
      gates: [],
      line: step.line
    });
  }
  const last = stages[stages.length - 1];
  if (last?.weight !== 100) stages.push(final);
  const checks = weights.promotes ? weights.steps.length + (analysis.mirror ? 1 : 0) : void 0;
  return { stages, ...checks !== void 0 && checks > 0 ? { checks } : {} };
}
function canaryWeights(ctx, analysis) {
  const useList = analysis.stepWeight <= 0 && analysis.stepWeights.length > 0;
  const list = analysis.stepWeights;
  const maxWeight = list.length > 0 ? Math.min(100, list[list.length - 1] ?? 100) : analysis.maxWeight ?? 100;
  const nextStep = (weight2) => {
    if (!useList) return analysis.stepWeight;
    const maxStep = 100 - weight2;
    if (maxStep === 0) return 1;
    if (weight2 === 0) return Math.min(maxStep, list[0] ?? maxStep);
    const index = list.indexOf(weight2);
    if (index >= 0 && index < list.length - 1) return Math.min(maxStep, (list[index + 1] ?? 0) - weight2);
    return maxStep;
  };
  const lineOf = (weight2) => {
    if (!useList) return ctx.doc.lineOf(["spec", analysis.key, "stepWeight"]);
    const index = list.indexOf(weight2);
    return ctx.doc.lineOf(["spec", analysis.key, "stepWeights", ...index >= 0 ? [index] : []]);
  };
  const steps = [];
  let weight = 0;
  while (weight < maxWeight && steps.length <= 100) {
    const step = nextStep(weight);
    const next = Math.min(100, weight + step);
    if (step <= 0 || next === weight) break;
    weight = next;
    steps.push({ weight, line: lineOf(weight) });
  }
  if (weight < maxWeight) {
    ctx.notes.push(
      steps.length === 0 ? `spec.${analysis.key} sets no stepWeight, stepWeights or iterations: Flagger never shifts traffic and never promotes` : `Flagger stops advancing at ${weight}% (below maxWeight ${maxWeight}%) and never promotes`
    );
    return { steps, promotes: false };
  }
  return { steps, promotes: true };
}
function finalStage3(line) {
  return { weight: 100, hold: 0, gates: [], line };
}
function routesEveryone(match) {
  return match.some((condition) => {
    if (!isObject(condition)) return false;
    const entries = Object.entries(condition);
    if (entries.length === 0) return true;
    return entries.every(([kind, spec]) => {
      if (kind === "headers" && isObject(spec)) {
        const headers = Object.entries(spec);
        return headers.length > 0 && headers.every(([name, rule]) => matchesEveryone(name, valueMatch(rule)));
      }
      if ((kind === "uri" || kind === "method" || kind === "authority" || kind === "scheme") && isObject(spec)) {
        const pseudo = { uri: ":path", method: ":method", authority: ":authority", scheme: ":scheme" }[kind];
        return matchesEveryone(pseudo, valueMatch(spec));
      }
      return false;
    });
  });
}
function valueMatch(rule) {
  if (!isObject(rule)) return void 0;
  const value = {};
  for (const key of ["exact", "prefix", "suffix", "regex"]) {
    const text = asString(field(rule, key));
    if (text !== void 0) value[key] = text;
  }
  return value;
}
function describeMatch(match) {
  const alternatives = match.map((condition) => {
    if (!isObject(condition)) return "a match condition";
    const parts = [];
    for (const [kind, spec] of Object.entries(condition)) {
      if ((kind === "headers" || kind === "queryParams") && isObject(spec)) {
        const label = kind === "headers" ? "header" : "query";
        for (const [name, rule] of Object.entries(spec))
          parts.push(`${label} ${name}${describeStringMatch(rule)}`);
      } else if (kind === "sourceLabels" && isObject(spec)) {
        for (const [name, value] of Object.entries(spec)) parts.push(`source label ${name}=${String(value)}`);
      } else {
        parts.push(`${kind}${describeStringMatch(spec)}`);
      }
    }
    return parts.length > 0 ? parts.join(" and ") : "a match condition";
  });
  return alternatives.join(" or ");
}
function describeStringMatch(rule) {
  const exact = asString(field(rule, "exact"));
  if (exact !== void 0) return `=${exact}`;
  const regex = asString(field(rule, "regex"));
  if (regex !== void 0) return ` ~ ${regex}`;
  const prefix = asString(field(rule, "prefix"));
  if (prefix !== void 0) return ` prefix ${prefix}`;
  const suffix = asString(field(rule, "suffix"));
  if (suffix !== void 0) return ` suffix ${suffix}`;
  return "";
}
function approval(hook) {
  return { kind: "approval", ...named2(hook.name), line: hook.line, effective: true };
}
function addApproval(stage, hook) {
  if (!stage) return;
  stage.gates.push(approval(hook));
  stage.hold = "manual";
}
function beforeTraffic(stages, line) {
  const first = stages[0];
  if (first && first.weight === 0 && first.segment === void 0) return first;
  const stage = { weight: 0, hold: 0, gates: [], line };
  stages.unshift(stage);
  return stage;
}
function applyWebhookGates(ctx, stages, strategy, webhooks) {
  const belowFull = stages.filter((stage) => stage.weight < 100);
  for (const hook of webhooks) {
    switch (hook.type) {
      case "confirm-rollout":
        addApproval(beforeTraffic(stages, hook.line), hook);
        break;
      case "confirm-traffic-increase":
        if (strategy === "canary") for (const stage of belowFull) addApproval(stage, hook);
        else
          ctx.notes.push(
            `confirm-traffic-increase webhook ${hook.name ?? ""} never runs: the strategy is ${strategy}`
          );
        break;
      case "confirm-promotion":
        addApproval(belowFull[belowFull.length - 1] ?? stages[0], hook);
        break;
      case "pre-rollout":
        beforeTraffic(stages, hook.line).gates.push(webhookGate2(ctx, hook));
        break;
      case "rollback":
        if (!ctx.notes.includes(ROLLBACK_WEBHOOK_NOTE)) ctx.notes.push(ROLLBACK_WEBHOOK_NOTE);
        break;
      default:
        break;
    }
  }
}
var ROLLBACK_WEBHOOK_NOTE = "a rollback webhook can force a rollback";
function webhookGate2(ctx, hook) {
  if (hook.loadTest) {
    ctx.notes.push(
      `webhook ${hook.name ?? "(unnamed)"} starts a load-test command: the load tester answers 202 before the command runs, so it generates traffic but cannot fail a check`
    );
  }
  return { kind: "webhook", ...named2(hook.name), line: hook.line, effective: !hook.loadTest };
}
function isLoadTest(metadata) {
  if (!isObject(metadata) || asString(field(metadata, "cmd")) === void 0) return false;
  const type = field(metadata, "type");
  return type === void 0 || type === "cmd" || type === "ngrinder";
}
function backgroundWebhookGates(ctx, webhooks) {
  const gates = [];
  for (const hook of webhooks) {
    if (hook.type === "" || hook.type === "rollout") {
      gates.push(webhookGate2(ctx, hook));
    } else if (hook.type === "post-rollout" || hook.type === "event") {
      gates.push({ kind: "webhook", ...named2(hook.name), line: hook.line, effective: false });
    }
  }
  return gates;
}
function metricGates(ctx, analysis) {
  const at = ["spec", analysis.key, "metrics"];
  const gates = [];
  readList2(ctx, analysis.value, at).forEach((metric, i) => {
    if (!isObject(metric)) {
      invalid8(ctx, [...at, i], `${fieldPath([...at, i])} must be a mapping, not ${describeValue(metric)}`);
      return;
    }
    const name = asString(field(metric, "name"));
    const evaluated = name !== void 0 && BUILTIN_METRICS.has(name) || isObject(field(metric, "templateRef")) || (asString(field(metric, "query")) ?? "") !== "";
    gates.push({
      kind: "metric-check",
      ...named2(name),
      line: ctx.doc.lineOf([...at, i]),
      effective: evaluated && canFail(ctx, metric, name, [...at, i])
    });
  });
  return gates;
}
function canFail(ctx, metric, name, at) {
  const label = `metric ${name ?? "(unnamed)"}`;
  const range = field(metric, "thresholdRange");
  if (range !== void 0 && range !== null) {
    if (!isObject(range)) {
      invalid8(
        ctx,
        [...at, "thresholdRange"],
        `${fieldPath([...at, "thresholdRange"])} must be a mapping with min and/or max, not ${describeValue(range)}; the check is not counted`
      );
      return false;
    }
    const bound = (key) => {
      const value = field(range, key);
      if (value === void 0 || value === null) return void 0;
      if (asNumber(value) === void 0) {
        invalid8(
          ctx,
          [...at, "thresholdRange", key],
          `${fieldPath([...at, "thresholdRange", key])} must be a number, not ${describeValue(value)}; the Kubernetes API rejects the Canary`
        );
        return void 0;
      }
      return asNumber(value);
    };
    const min = bound("min");
    const max = bound("max");
    const lowest = name === "request-success-rate" || name === "request-duration" ? 0 : -Infinity;
    const highest = name === "request-success-rate" ? 100 : Infinity;
    if ((min === void 0 || min <= lowest) && (max === void 0 || max >= highest)) {
      ctx.notes.push(
        min === void 0 && max === void 0 ? `${label}: thresholdRange has neither min nor max, so no value fails the check: it is not a gate` : `${label}: thresholdRange admits every value the metric can take, so no value fails the check: it is not a gate`
      );
      return false;
    }
    return true;
  }
  const legacy = asNumber(field(metric, "threshold")) ?? 0;
  if (name === "request-success-rate" && legacy <= 0) {
    ctx.notes.push(
      `${label} has no thresholdRange and no threshold: Flagger fails it only below 0%, never: it is not a gate`
    );
    return false;
  }
  if (field(metric, "threshold") === void 0) {
    ctx.notes.push(
      name === "request-duration" ? `${label} has no thresholdRange: Flagger fails it above 0 ms, so every check fails` : `${label} has no thresholdRange: Flagger fails it whenever the value is above 0`
    );
  }
  return true;
}
function noteToothlessAnalysis(ctx, backgroundGates, stages) {
  const gating = [...backgroundGates, ...stages.flatMap((stage) => stage.gates)].some(
    (gate) => gate.effective && gate.kind !== "approval"
  );
  if (!gating)
    ctx.notes.push(
      "the analysis has no metric checks or gating webhooks: only the canary's health can fail it"
    );
}
function named2(name) {
  return name !== void 0 && name !== "" ? { name } : {};
}
function positiveOr(value, fallback) {
  return value !== void 0 && value > 0 ? value : fallback;
}
function invalid8(ctx, at, message) {
  ctx.diagnostics.push({
    code: "MANIFEST_FIELD_INVALID",
    message,
    file: ctx.doc.file,
    line: ctx.doc.lineOf(at)
  });
}

// src/formats/knative.ts
var knative = {
  id: "knative",
  detect(doc) {
    const apiVersion = asString(field(doc.value, "apiVersion"));
    const kind = asString(field(doc.value, "kind"));
    return apiVersion?.startsWith(API_GROUP3) === true && kind !== void 0 && KINDS2.has(kind);
  },
  toPlans(doc) {
    const kind = asString(field(doc.value, "kind"));
    if (kind !== "Service" && kind !== "Route") return { plans: [], diagnostics: [] };
    return routePlans(doc, kind);
  }
};
var API_GROUP3 = "serving.knative.dev/";
var KINDS2 = /* @__PURE__ */ new Set(["Service", "Route", "Configuration", "Revision"]);
var ROLLOUT_DURATION = "serving.knative.dev/rollout-duration";
var NO_ROLLBACK = [
  "Knative never rolls a revision back by itself: traffic stays where the manifest puts it until someone edits it"
];
var GO_DURATION2 = /^(?:\d+(?:\.\d+)?(?:ms|s|m|h))+$/;
function routePlans(doc, kind) {
  const ctx = { doc, kind, diagnostics: [], notes: [] };
  const entries = readTraffic(ctx);
  const duration = readRolloutDuration(ctx);
  const shape = entries === void 0 ? noTraffic(ctx, duration) : trafficShape(ctx, entries, duration);
  const namespace = asString(path(doc.value, ["metadata", "namespace"]));
  const target = {
    kind,
    name: asString(path(doc.value, ["metadata", "name"])) ?? "",
    ...namespace !== void 0 ? { namespace } : {}
  };
  const plan = {
    id: planId("knative", kind, doc),
    format: "knative",
    file: doc.file,
    line: doc.lineOf(["kind"]),
    target,
    strategy: shape.strategy,
    stages: shape.stages,
    backgroundGates: [],
    rollback: { automatic: false, how: NO_ROLLBACK },
    bypasses: [],
    notes: ctx.notes
  };
  return { plans: [plan], diagnostics: ctx.diagnostics };
}
function readTraffic(ctx) {
  const at = ["spec", "traffic"];
  const raw = path(ctx.doc.value, ["spec", "traffic"]);
  if (raw === void 0 || raw === null) {
    if (ctx.kind === "Route")
      invalid9(ctx, at, "a Route needs spec.traffic; read as all traffic to the latest revision");
    return void 0;
  }
  const list = asArray(raw);
  if (list === void 0) {
    invalid9(
      ctx,
      at,
      `must be a list of traffic targets, got ${describeValue(raw)}; read as all traffic to the latest revision`
    );
    return void 0;
  }
  const entries = list.flatMap((item, index) => readEntry(ctx, [...at, index], item));
  const sum = entries.reduce((total, entry) => total + entry.percent, 0);
  if (sum !== 100) {
    invalid9(ctx, at, `percents sum to ${sum}, not 100: Knative rejects the ${ctx.kind}`);
  }
  return entries;
}
function readEntry(ctx, at, item) {
  if (!isObject(item)) {
    invalid9(ctx, at, `must be a traffic target map, got ${describeValue(item)}`);
    return [];
  }
  const rawPercent = field(item, "percent");
  let percent = 0;
  if (rawPercent !== void 0 && rawPercent !== null) {
    if (typeof rawPercent !== "number" || !Number.isInteger(rawPercent) || rawPercent < 0 || rawPercent > 100) {
      invalid9(
        ctx,
        [...at, "percent"],
        `must be a whole percentage from 0 to 100, got ${describeValue(rawPercent)}`
      );
    } else {
      percent = rawPercent;
    }
  }
  const revisionName = nonEmpty(field(item, "revisionName"));
  const configurationName = nonEmpty(field(item, "configurationName"));
  const rawLatest = field(item, "latestRevision");
  if (rawLatest !== void 0 && rawLatest !== null && typeof rawLatest !== "boolean") {
    invalid9(ctx, [...at, "latestRevision"], `must be true or false, got ${describeValue(rawLatest)}`);
  }
  const latest = typeof rawLatest === "boolean" ? rawLatest : revisionName === void 0;
  if (typeof rawLatest === "boolean" && rawLatest === (revisionName !== void 0)) {
    invalid9(
      ctx,
      [...at, "latestRevision"],
      rawLatest ? "is true beside a revisionName: Knative rejects the traffic target" : "is false without a revisionName: Knative rejects the traffic target"
    );
  }
  if (ctx.kind === "Service" && configurationName !== void 0) {
    invalid9(ctx, [...at, "configurationName"], "is not allowed in a Service: Knative rejects it");
  }
  if (ctx.kind === "Route" && revisionName === void 0 && configurationName === void 0) {
    invalid9(ctx, at, "names neither a revisionName nor a configurationName: Knative rejects it");
  }
  return [{ at, percent, latest, revisionName, tag: nonEmpty(field(item, "tag")) }];
}
function readRolloutDuration(ctx) {
  const at = ["metadata", "annotations", ROLLOUT_DURATION];
  const raw = path(ctx.doc.value, ["metadata", "annotations", ROLLOUT_DURATION]);
  if (raw === void 0 || raw === null) {
    ctx.notes.push(
      `no ${ROLLOUT_DURATION} annotation: a cluster-wide rollout-duration in the config-network ConfigMap, if any, is not visible here`
    );
    return void 0;
  }
  const text = typeof raw === "string" ? raw.trim() : void 0;
  const seconds = text !== void 0 && GO_DURATION2.test(text) ? parseDuration(text) : void 0;
  if (seconds === void 0 || seconds <= 0 || !Number.isInteger(seconds)) {
    invalid9(
      ctx,
      at,
      `must be a positive duration in whole seconds such as 380s, got ${describeValue(raw)}: Knative rejects it`
    );
    return void 0;
  }
  return { seconds, line: ctx.doc.lineOf(at) };
}
function noTraffic(ctx, duration) {
  const line = ctx.doc.lineOf(["spec"]);
  ctx.notes.push("no spec.traffic: all traffic follows the latest ready revision");
  return latestTakesAll(ctx, line, duration);
}
function trafficShape(ctx, entries, duration) {
  const line = ctx.doc.lineOf(["spec", "traffic"]);
  for (const entry of entries) {
    if (entry.percent === 0 && entry.tag !== void 0) {
      ctx.notes.push(
        `tag ${clip(entry.tag)} reaches ${entry.latest ? "the latest revision" : `revision ${clip(entry.revisionName ?? "")}`} at its own URL, with no share of the traffic`
      );
    }
  }
  const latest = entries.filter((entry) => entry.latest && entry.percent > 0);
  const latestShare = Math.min(
    100,
    latest.reduce((total, entry) => total + entry.percent, 0)
  );
  if (latestShare >= 100) return latestTakesAll(ctx, line, duration);
  if (latestShare > 0) {
    const pinned = entries.filter((entry) => !entry.latest && entry.percent > 0);
    ctx.notes.push(
      `each new revision takes ${latestShare}% as soon as it is ready${duration ? ` (moved in over ${formatDuration(duration.seconds)})` : ""}; the rest stays on ${pinned.map((e) => `revision ${clip(e.revisionName ?? "")}`).join(", ") || "pinned revisions"} until someone edits spec.traffic`
    );
    return {
      strategy: "canary",
      stages: [
        {
          weight: latestShare,
          hold: "manual",
          gates: [],
          line: ctx.doc.lineOf(latest[0]?.at ?? ["spec", "traffic"])
        },
        { weight: 100, hold: 0, gates: [], line }
      ]
    };
  }
  const shares = entries.filter((entry) => entry.percent > 0);
  if (shares.length <= 1) {
    const only2 = shares[0];
    ctx.notes.push(
      `all traffic is pinned to revision ${clip(only2?.revisionName ?? "")}: a new revision gets none until the manifest names it, and then all of it at once`
    );
    return { strategy: "all-at-once", stages: [{ weight: 100, hold: 0, gates: [], line }] };
  }
  const smallest = shares.reduce((min, entry) => entry.percent < min.percent ? entry : min);
  ctx.notes.push(
    `traffic is split across named revisions (${shares.map((e) => `${clip(e.revisionName ?? "")} ${e.percent}%`).join(", ")}): the canary is the smallest share, and each edit of the percentages is a step`
  );
  return {
    strategy: "canary",
    stages: [
      { weight: smallest.percent, hold: "manual", gates: [], line: ctx.doc.lineOf(smallest.at) },
      { weight: 100, hold: 0, gates: [], line }
    ]
  };
}
function latestTakesAll(ctx, line, duration) {
  if (duration === void 0) {
    ctx.notes.push(
      `every new revision takes all traffic as soon as it is ready: a change to the ${ctx.kind === "Service" ? "Service template" : "configuration"} ships at once`
    );
    return { strategy: "all-at-once", stages: [{ weight: 100, hold: 0, gates: [], line }] };
  }
  ctx.notes.push(
    `${ROLLOUT_DURATION} ${formatDuration(duration.seconds)}: a new revision takes 1% first, then the rest in equal steps over the duration, by time alone; the number of steps depends on how fast the 1% became ready (one step at worst)`
  );
  return {
    strategy: "linear",
    stages: [
      { weight: 1, hold: duration.seconds, gates: [], line: duration.line },
      { weight: 100, hold: 0, gates: [], line }
    ]
  };
}
function nonEmpty(value) {
  const text = asString(value);
  return text === void 0 || text === "" ? void 0 : text;
}
function invalid9(ctx, at, message) {
  ctx.diagnostics.push({
    code: "MANIFEST_FIELD_INVALID",
    message: `${fieldPath(at)} ${message}`,
    file: ctx.doc.file,
    line: ctx.doc.lineOf(at)
  });
}

// src/formats/kubernetes.ts
var kubernetes = {
  id: "kubernetes",
  detect(doc) {
    const apiVersion = asString(field(doc.value, "apiVersion"));
    const kind = asString(field(doc.value, "kind"));
    if (apiVersion === void 0 || kind === void 0) return false;
    return !OTHER_FORMAT_GROUPS.some((group) => apiVersion.startsWith(group));
  },
  toPlans(doc) {
    const result = { plans: [], diagnostics: [] };
    readObject(doc, result, 0);
    return result;
  }
};
var OTHER_FORMAT_GROUPS = ["argoproj.io/", "flagger.app/", "rollouts.kruise.io/", "rollout-guard.dev/"];
var WORKLOAD_API_VERSIONS = {
  Deployment: ["apps/v1", "apps/v1beta1", "apps/v1beta2", "extensions/v1beta1"],
  StatefulSet: ["apps/v1", "apps/v1beta1", "apps/v1beta2"],
  DaemonSet: ["apps/v1", "apps/v1beta2", "extensions/v1beta1"]
};
var CANARY_LABELS = ["track", "version", "gruntwork.io/deployment-type"];
var MAX_LIST_DEPTH = 4;
function readObject(doc, result, depth, defaults = {}) {
  const kind = asString(field(doc.value, "kind")) ?? defaults.kind;
  const apiVersion = asString(field(doc.value, "apiVersion")) ?? defaults.apiVersion;
  if (kind === void 0 || apiVersion === void 0) return;
  if (kind === "List" || kind.endsWith("List") && field(doc.value, "items") !== void 0) {
    readList3(doc, result, depth, kind === "List" ? {} : { kind: kind.slice(0, -"List".length), apiVersion });
    return;
  }
  if (!WORKLOAD_API_VERSIONS[kind]?.includes(apiVersion)) return;
  if (!isObject(path(doc.value, ["spec", "template"]))) {
    result.diagnostics.push({
      code: "MANIFEST_UNSUPPORTED",
      message: `${kind} ${asString(path(doc.value, ["metadata", "name"])) ?? ""} has no spec.template: it is a partial object (a Kustomize patch?) and cannot be judged on its own; build the overlay (kustomize build) and pass the output as rendered-manifests (--rendered)`,
      file: doc.file,
      line: doc.lineOf(["kind"])
    });
    return;
  }
  const ctx = { doc, diagnostics: result.diagnostics, notes: [] };
  result.plans.push(workloadPlan(ctx, kind, apiVersion));
}
function readList3(doc, result, depth, defaults) {
  const items = field(doc.value, "items");
  if (items === void 0 || items === null) return;
  const list = asArray(items);
  if (!list) {
    result.diagnostics.push({
      code: "MANIFEST_FIELD_INVALID",
      message: "items must be a list",
      file: doc.file,
      line: doc.lineOf(["items"])
    });
    return;
  }
  if (depth >= MAX_LIST_DEPTH) return;
  list.forEach((item, i) => readObject(itemDocument(doc, i, item), result, depth + 1, defaults));
}
function itemDocument(doc, index, value) {
  return {
    file: doc.file,
    index: doc.index,
    line: doc.lineOf(["items", index]),
    value,
    lineOf: (at) => doc.lineOf(["items", index, ...at])
  };
}
function workloadPlan(ctx, kind, apiVersion) {
  const { doc } = ctx;
  const name = asString(path(doc.value, ["metadata", "name"]));
  const namespace = asString(path(doc.value, ["metadata", "namespace"]));
  const target = { kind, name: name ?? "", ...namespace !== void 0 ? { namespace } : {} };
  const { strategy, strategyPath, type } = kind === "Deployment" ? deploymentStrategy(ctx) : updateStrategy(ctx, kind, apiVersion);
  if (kind === "Deployment") noteDeploymentFacts(ctx);
  const deadline = ["spec", "progressDeadlineSeconds"];
  const rollback = kind === "Deployment" ? {
    automatic: false,
    how: ["progressDeadlineSeconds only marks the rollout failed; nothing rolls back"],
    ...path(doc.value, deadline) !== void 0 ? { line: doc.lineOf(deadline) } : {}
  } : { automatic: false, how: [`a ${kind} never rolls back a failed update by itself`] };
  return {
    // A List item has its own name; a nameless one falls back to the file and document index.
    id: planId("kubernetes", kind, doc, name),
    format: "kubernetes",
    file: doc.file,
    line: doc.lineOf(["kind"]),
    target,
    strategy,
    stages: [{ weight: 100, hold: 0, gates: [], line: doc.lineOf(strategyPath) }],
    backgroundGates: [],
    rollback,
    bypasses: [],
    ...type !== void 0 ? { workloadStrategy: { type, line: doc.lineOf([...strategyPath, "type"]) } } : {},
    notes: ctx.notes
  };
}
function deploymentStrategy(ctx) {
  const strategyPath = ["spec", "strategy"];
  const type = readType2(ctx, [...strategyPath, "type"], ["RollingUpdate", "Recreate"]);
  if (type === "Recreate") {
    ctx.notes.push(
      "strategy Recreate: every old pod stops before any new one starts, so the service is down until new pods are ready (under a Flagger Canary, the primary is recreated this way at promotion)"
    );
    return { strategy: "all-at-once", strategyPath, type };
  }
  if (type === void 0) {
    return { strategy: "all-at-once", strategyPath, type };
  }
  return { strategy: "rolling", strategyPath, type };
}
function updateStrategy(ctx, kind, apiVersion) {
  const strategyPath = ["spec", "updateStrategy"];
  const legacyDefault = kind === "StatefulSet" && apiVersion === "apps/v1beta1" || kind === "DaemonSet" && apiVersion === "extensions/v1beta1";
  const type = readType2(
    ctx,
    [...strategyPath, "type"],
    ["RollingUpdate", "OnDelete"],
    legacyDefault ? "OnDelete" : "RollingUpdate"
  );
  if (type === "OnDelete") {
    ctx.notes.push(`updateStrategy OnDelete: pods take the new version only when someone deletes them`);
  }
  const partition = path(ctx.doc.value, [...strategyPath, "rollingUpdate", "partition"]);
  if (kind === "StatefulSet" && type === "RollingUpdate" && typeof partition === "number" && partition > 0) {
    ctx.notes.push(
      `rollingUpdate.partition ${partition}: only pods with ordinal ${partition} or higher take the new version until the partition is lowered by hand`
    );
  }
  return { strategy: "rolling", strategyPath, type };
}
function readType2(ctx, at, allowed, fallback = "RollingUpdate") {
  const value = path(ctx.doc.value, at);
  if (value === void 0 || value === null) return fallback;
  if (typeof value === "string" && allowed.includes(value)) return value;
  ctx.diagnostics.push({
    code: "MANIFEST_FIELD_INVALID",
    message: `${at.join(".")} must be ${allowed.join(" or ")}`,
    file: ctx.doc.file,
    line: ctx.doc.lineOf(at)
  });
  return void 0;
}
function noteDeploymentFacts(ctx) {
  const { doc } = ctx;
  const labelSets = [
    path(doc.value, ["spec", "template", "metadata", "labels"]),
    path(doc.value, ["metadata", "labels"])
  ];
  const canaryByLabel = labelSets.some(
    (labels) => isObject(labels) && CANARY_LABELS.some((label) => field(labels, label) === "canary")
  );
  if (canaryByLabel)
    ctx.notes.push("canary by convention: weight is the replica ratio with the stable Deployment");
  if (path(doc.value, ["spec", "paused"]) === true) {
    ctx.notes.push("spec.paused: true: the Deployment does not roll out until someone resumes it");
  }
}

// src/formats/native.ts
var NATIVE_API_VERSION = "rollout-guard.dev/v1";
var NATIVE_KIND = "RolloutPlan";
var native = {
  id: "native",
  detect(doc) {
    return asString(field(doc.value, "apiVersion"))?.startsWith(API_GROUP4) === true;
  },
  toPlans(doc) {
    const ctx = { doc, diagnostics: [] };
    const plan = readPlan(ctx);
    return { plans: plan && ctx.diagnostics.length === 0 ? [plan] : [], diagnostics: ctx.diagnostics };
  }
};
var API_GROUP4 = "rollout-guard.dev/";
var STRATEGIES3 = [
  "canary",
  "linear",
  "ab-test",
  "blue-green",
  "rolling",
  "all-at-once"
];
var GATE_KINDS = ["analysis", "approval", "metric-check", "webhook"];
var CONTROLLED_KINDS = ["Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Rollout", "Canary"];
var TOP_KEYS = ["apiVersion", "kind", "metadata", "spec"];
var METADATA_KEYS = ["name", "namespace", "labels", "annotations"];
var SPEC_KEYS = ["target", "strategy", "stages", "backgroundGates", "rollback", "notes"];
var TARGET_KEYS = ["kind", "name", "namespace"];
var STAGE_KEYS = ["name", "weight", "hold", "gates", "segment"];
var GATE_KEYS = ["kind", "name"];
var ROLLBACK_KEYS = ["automatic", "how"];
function readPlan(ctx) {
  const { doc } = ctx;
  const apiVersion = asString(field(doc.value, "apiVersion"));
  const kind = field(doc.value, "kind");
  if (apiVersion !== NATIVE_API_VERSION || kind !== NATIVE_KIND) {
    ctx.diagnostics.push({
      code: "MANIFEST_UNSUPPORTED",
      message: `rollout-guard reads only apiVersion ${NATIVE_API_VERSION} with kind ${NATIVE_KIND}`,
      file: doc.file,
      line: doc.lineOf(apiVersion === NATIVE_API_VERSION ? ["kind"] : ["apiVersion"])
    });
    return void 0;
  }
  checkKeys(ctx, doc.value, [], TOP_KEYS);
  const metadata = readObject2(ctx, doc.value, ["metadata"], true);
  const name = readString(ctx, metadata, ["metadata", "name"], true);
  const namespace = readString(ctx, metadata, ["metadata", "namespace"], false);
  if (metadata) {
    checkKeys(ctx, metadata, ["metadata"], METADATA_KEYS);
    readStringMap(ctx, metadata, ["metadata", "labels"]);
    readStringMap(ctx, metadata, ["metadata", "annotations"]);
  }
  const spec = readObject2(ctx, doc.value, ["spec"], true);
  if (!spec) return void 0;
  checkKeys(ctx, spec, ["spec"], SPEC_KEYS, {
    bypasses: "spec.bypasses cannot be declared: rollout-guard finds bypasses itself; remove the key"
  });
  const delivers = readTarget2(ctx, spec, namespace);
  const strategy = readStrategy3(ctx, spec);
  const stages = readStages2(ctx, spec);
  const backgroundGates = readGates(ctx, spec, ["spec", "backgroundGates"]);
  const rollback = readRollback(ctx, spec);
  const notes = readStringList(ctx, spec, ["spec", "notes"]);
  if (name === void 0 || !delivers || !stages) return void 0;
  const last = stages[stages.length - 1];
  if (last && last.weight < 100) {
    stages.push({ weight: 100, hold: 0, gates: [], line: doc.lineOf(["spec", "stages"]) });
    notes.push(`the last stage is at ${last.weight}%: a final 100% stage is assumed`);
  }
  const target = { kind: NATIVE_KIND, name, ...namespace !== void 0 ? { namespace } : {} };
  return {
    id: planId("native", NATIVE_KIND, doc),
    format: "native",
    file: doc.file,
    line: doc.lineOf(["kind"]),
    target,
    strategy,
    stages,
    backgroundGates,
    rollback,
    bypasses: [],
    delivers,
    notes
  };
}
function readTarget2(ctx, spec, namespace) {
  const at = ["spec", "target"];
  const target = readObject2(ctx, spec, at, true);
  if (!target) return void 0;
  checkKeys(ctx, target, at, TARGET_KEYS);
  const kind = readString(ctx, target, [...at, "kind"], true);
  const name = readString(ctx, target, [...at, "name"], true);
  const targetNamespace = readString(ctx, target, [...at, "namespace"], false) ?? namespace;
  if (kind !== void 0 && CONTROLLED_KINDS.includes(kind)) {
    invalid10(
      ctx,
      [...at, "kind"],
      `spec.target.kind ${kind} is rolled out by its own controller, which ignores this plan; judge its own manifest instead`
    );
    return void 0;
  }
  if (kind === void 0 || name === void 0) return void 0;
  return { kind, name, ...targetNamespace !== void 0 ? { namespace: targetNamespace } : {} };
}
function readStrategy3(ctx, spec) {
  const value = field(spec, "strategy");
  if (value === void 0) return "canary";
  const strategy = STRATEGIES3.find((known) => known === value);
  if (!strategy) invalid10(ctx, ["spec", "strategy"], `spec.strategy must be one of ${STRATEGIES3.join(", ")}`);
  return strategy ?? "canary";
}
function readStages2(ctx, spec) {
  const at = ["spec", "stages"];
  const value = field(spec, "stages");
  if (!Array.isArray(value) || value.length === 0) {
    invalid10(
      ctx,
      at,
      value === void 0 ? "spec.stages is required" : "spec.stages must be a non-empty list of stages"
    );
    return void 0;
  }
  const stages = [];
  let previous;
  value.forEach((raw, i) => {
    const stageAt = [...at, i];
    if (!isObject(raw)) {
      invalid10(ctx, stageAt, `${fieldPath(stageAt)} must be a mapping with at least a weight`);
      return;
    }
    checkKeys(ctx, raw, stageAt, STAGE_KEYS);
    const weight = readWeight2(ctx, raw, [...stageAt, "weight"]);
    if (weight !== void 0 && previous !== void 0 && weight <= previous) {
      invalid10(
        ctx,
        [...stageAt, "weight"],
        `${fieldPath([...stageAt, "weight"])} must be above the stage before it (${previous})`
      );
    }
    if (weight !== void 0) previous = Math.max(previous ?? weight, weight);
    const hold = readHold(ctx, raw, [...stageAt, "hold"]);
    const gates = readGates(ctx, raw, [...stageAt, "gates"]);
    const name = readString(ctx, raw, [...stageAt, "name"], false);
    const segment = readString(ctx, raw, [...stageAt, "segment"], false);
    if (weight === void 0 || hold === void 0) return;
    stages.push({
      weight,
      hold,
      gates,
      line: ctx.doc.lineOf(stageAt),
      ...name !== void 0 ? { name } : {},
      ...segment !== void 0 ? { segment } : {}
    });
  });
  return stages;
}
function readWeight2(ctx, stage, at) {
  const value = field(stage, "weight");
  if (typeof value === "number" && Number.isFinite(value) && value >= 0 && value <= 100) return value;
  invalid10(
    ctx,
    value === void 0 ? at.slice(0, -1) : at,
    value === void 0 ? `${fieldPath(at)} is required` : `${fieldPath(at)} must be a number from 0 to 100${typeof value === "number" ? `, not ${value}` : ""}`
  );
  return void 0;
}
function readHold(ctx, stage, at) {
  const value = field(stage, "hold");
  if (value === void 0) return 0;
  if (value === "manual") return "manual";
  const seconds = typeof value === "number" || typeof value === "string" ? parseDuration(value) : void 0;
  if (seconds === void 0) {
    invalid10(ctx, at, `${fieldPath(at)} must be a duration (30m, 1h30m, PT5M), a number of seconds, or manual`);
  }
  return seconds;
}
function readGates(ctx, parent, at) {
  const value = field(parent, String(at[at.length - 1]));
  if (value === void 0) return [];
  if (!Array.isArray(value)) {
    invalid10(ctx, at, `${fieldPath(at)} must be a list of gates`);
    return [];
  }
  const gates = [];
  value.forEach((raw, i) => {
    const gateAt = [...at, i];
    const line = ctx.doc.lineOf(gateAt);
    if (typeof raw === "string") {
      const kind2 = gateKind(ctx, raw, gateAt);
      if (kind2) gates.push({ kind: kind2, line, effective: true });
      return;
    }
    if (!isObject(raw)) {
      invalid10(
        ctx,
        gateAt,
        `${fieldPath(gateAt)} must be a gate kind (${GATE_KINDS.join(", ")}) or {kind, name}`
      );
      return;
    }
    checkKeys(ctx, raw, gateAt, GATE_KEYS);
    const rawKind = field(raw, "kind");
    const kind = typeof rawKind === "string" ? gateKind(ctx, rawKind, [...gateAt, "kind"]) : invalid10(
      ctx,
      rawKind === void 0 ? gateAt : [...gateAt, "kind"],
      `${fieldPath([...gateAt, "kind"])} is required: one of ${GATE_KINDS.join(", ")}`
    );
    const name = readString(ctx, raw, [...gateAt, "name"], false);
    if (kind) gates.push({ kind, ...name !== void 0 ? { name } : {}, line, effective: true });
  });
  return gates;
}
function gateKind(ctx, value, at) {
  const kind = GATE_KINDS.find((known) => known === value);
  if (!kind) invalid10(ctx, at, `${fieldPath(at)} is not a gate kind: use one of ${GATE_KINDS.join(", ")}`);
  return kind;
}
function readRollback(ctx, spec) {
  const at = ["spec", "rollback"];
  const rollback = readObject2(ctx, spec, at, false);
  if (!rollback) return { automatic: false, how: [] };
  checkKeys(ctx, rollback, at, ROLLBACK_KEYS);
  const automatic = field(rollback, "automatic");
  if (typeof automatic !== "boolean") {
    invalid10(
      ctx,
      automatic === void 0 ? at : [...at, "automatic"],
      automatic === void 0 ? "spec.rollback.automatic is required" : "spec.rollback.automatic must be true or false"
    );
  }
  return {
    automatic: automatic === true,
    how: readStringList(ctx, rollback, [...at, "how"]),
    line: ctx.doc.lineOf(at)
  };
}
function checkKeys(ctx, object, at, allowed, explained = {}) {
  if (!isObject(object)) return;
  for (const key of Object.keys(object)) {
    if (allowed.includes(key)) continue;
    const message = Object.prototype.hasOwnProperty.call(explained, key) ? explained[key] : `unknown key \`${clip(key)}\` in ${at.length > 0 ? fieldPath(at) : "the document"}; allowed: ${allowed.join(", ")}`;
    invalid10(ctx, [...at, key], message ?? "");
  }
}
function readObject2(ctx, parent, at, required) {
  const value = field(parent, String(at[at.length - 1]));
  if (isObject(value)) return value;
  if (value !== void 0) invalid10(ctx, at, `${fieldPath(at)} must be a mapping`);
  else if (required && isObject(parent)) invalid10(ctx, at.slice(0, -1), `${fieldPath(at)} is required`);
  return void 0;
}
function readString(ctx, parent, at, required) {
  const value = field(parent, String(at[at.length - 1]));
  if (typeof value === "string" && value !== "") return value;
  if (value !== void 0) invalid10(ctx, at, `${fieldPath(at)} must be a non-empty string`);
  else if (required && isObject(parent)) invalid10(ctx, at.slice(0, -1), `${fieldPath(at)} is required`);
  return void 0;
}
function readStringList(ctx, parent, at) {
  const value = field(parent, String(at[at.length - 1]));
  if (value === void 0) return [];
  if (!Array.isArray(value) || !value.every((item) => typeof item === "string")) {
    invalid10(ctx, at, `${fieldPath(at)} must be a list of strings`);
    return [];
  }
  return [...value];
}
function readStringMap(ctx, parent, at) {
  const value = field(parent, String(at[at.length - 1]));
  if (value === void 0) return;
  if (!isObject(value) || !Object.values(value).every((item) => typeof item === "string")) {
    invalid10(ctx, at, `${fieldPath(at)} must map names to strings`);
  }
}
function invalid10(ctx, at, message) {
  ctx.diagnostics.push({
    code: "MANIFEST_FIELD_INVALID",
    message,
    file: ctx.doc.file,
    line: ctx.doc.lineOf(at)
  });
  return void 0;
}

// src/formats/registry.ts
var ADAPTERS = [
  argoRollouts,
  flagger,
  openKruise,
  cloudDeploy,
  awsSam,
  awsCloudFormation,
  awsEcs,
  awsCodeDeploy,
  spinnaker,
  azurePipelines,
  githubActions,
  native,
  knative,
  kubernetes
];
function listItems(doc) {
  const kind = asString(field(doc.value, "kind"));
  const items = asArray(field(doc.value, "items"));
  if (kind === void 0 || !kind.endsWith("List") || items === void 0) return [doc];
  const apiVersion = field(doc.value, "apiVersion");
  const itemKind = kind === "List" ? void 0 : kind.slice(0, -"List".length);
  return items.map((item, index) => ({
    file: doc.file,
    index: doc.index,
    line: doc.lineOf(["items", index]),
    value: isObject(item) && itemKind !== void 0 ? { apiVersion, kind: itemKind, ...item } : item,
    lineOf: (path2) => doc.lineOf(["items", index, ...path2])
  }));
}
function readManifestFile(text, file, limits2) {
  const parsed = parseManifestText(text, file, limits2);
  const plans = [];
  const diagnostics = [...parsed.diagnostics];
  let recognised = false;
  const grouped = /* @__PURE__ */ new Map();
  for (const doc of parsed.documents.flatMap(listItems)) {
    const adapter = ADAPTERS.find((a) => a.detect(doc));
    if (!adapter) continue;
    recognised = true;
    if (adapter.combine) {
      grouped.set(adapter, [...grouped.get(adapter) ?? [], doc]);
      continue;
    }
    const result = adapter.toPlans(doc);
    const inline = readInlineExemption(doc);
    diagnostics.push(...result.diagnostics, ...inline.diagnostics);
    const { exemption } = inline;
    plans.push(
      ...exemption ? result.plans.map((p) => ({ ...p, exemptions: [...p.exemptions ?? [], exemption] })) : result.plans
    );
  }
  for (const [adapter, docs] of grouped) {
    const result = adapter.combine?.(docs) ?? { plans: [], diagnostics: [] };
    plans.push(...result.plans);
    diagnostics.push(...result.diagnostics);
  }
  return { plans, diagnostics, recognised, templated: parsed.templated };
}

// src/parallel/read-worker.ts
var limits = workerData.limits;
parentPort?.on("message", (batch) => {
  const result = {
    readings: batch.requests.map((request) => [
      request.key,
      readManifestFile(request.text, request.path, limits)
    ])
  };
  parentPort?.postMessage(result);
});
