/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $Array = $util.global.Array, $TypeError = $util.global.TypeError, $Boolean = $util.global.Boolean, $String = $util.global.String, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const ilr = $root.ilr = (() => {

    /**
     * Namespace ilr.
     * @exports ilr
     * @namespace
     */
    const ilr = {};

    ilr.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof ilr
         * @namespace
         */
        const v1 = {};

        v1.ReviewTicket = (function() {

            /**
             * Properties of a ReviewTicket.
             * @typedef {Object} ilr.v1.ReviewTicket.$Properties
             * @property {ilr.v1.ReviewRoute|null} [route] ReviewTicket route
             * @property {boolean|null} [urgent] ReviewTicket urgent
             * @property {boolean|null} [gag] ReviewTicket gag
             * @property {boolean|null} [notifyConsortium] ReviewTicket notifyConsortium
             * @property {Array.<ilr.v1.DataClass>|null} [ceiling] ReviewTicket ceiling
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ReviewTicket.
             * @memberof ilr.v1
             * @interface IReviewTicket
             * @augments ilr.v1.ReviewTicket.$Properties
             * @deprecated Use ilr.v1.ReviewTicket.$Properties instead.
             */

            /**
             * Shape of a ReviewTicket.
             * @typedef {ilr.v1.ReviewTicket.$Properties} ilr.v1.ReviewTicket.$Shape
             */

            /**
             * Constructs a new ReviewTicket.
             * @memberof ilr.v1
             * @classdesc Represents a ReviewTicket.
             * @constructor
             * @param {ilr.v1.ReviewTicket.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ReviewTicket = function (properties) {
                this.ceiling = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ReviewTicket route.
             * @member {ilr.v1.ReviewRoute} route
             * @memberof ilr.v1.ReviewTicket
             * @instance
             */
            ReviewTicket.prototype.route = 0;

            /**
             * ReviewTicket urgent.
             * @member {boolean} urgent
             * @memberof ilr.v1.ReviewTicket
             * @instance
             */
            ReviewTicket.prototype.urgent = false;

            /**
             * ReviewTicket gag.
             * @member {boolean} gag
             * @memberof ilr.v1.ReviewTicket
             * @instance
             */
            ReviewTicket.prototype.gag = false;

            /**
             * ReviewTicket notifyConsortium.
             * @member {boolean} notifyConsortium
             * @memberof ilr.v1.ReviewTicket
             * @instance
             */
            ReviewTicket.prototype.notifyConsortium = false;

            /**
             * ReviewTicket ceiling.
             * @member {Array.<ilr.v1.DataClass>} ceiling
             * @memberof ilr.v1.ReviewTicket
             * @instance
             */
            ReviewTicket.prototype.ceiling = $util.emptyArray;

            /**
             * Creates a new ReviewTicket instance using the specified properties.
             * @function create
             * @memberof ilr.v1.ReviewTicket
             * @static
             * @param {ilr.v1.ReviewTicket.$Properties=} [properties] Properties to set
             * @returns {ilr.v1.ReviewTicket} ReviewTicket instance
             * @type {{
             *   (properties: ilr.v1.ReviewTicket.$Shape): ilr.v1.ReviewTicket & ilr.v1.ReviewTicket.$Shape;
             *   (properties?: ilr.v1.ReviewTicket.$Properties): ilr.v1.ReviewTicket;
             * }}
             */
            ReviewTicket.create = function(properties) {
                return new ReviewTicket(properties);
            };

            /**
             * Encodes the specified ReviewTicket message. Does not implicitly {@link ilr.v1.ReviewTicket.verify|verify} messages.
             * @function encode
             * @memberof ilr.v1.ReviewTicket
             * @static
             * @param {ilr.v1.ReviewTicket.$Properties} message ReviewTicket message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReviewTicket.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.route != null && $Object.hasOwnProperty.call(message, "route") && message.route !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.route);
                if (message.urgent != null && $Object.hasOwnProperty.call(message, "urgent") && message.urgent !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.urgent);
                if (message.gag != null && $Object.hasOwnProperty.call(message, "gag") && message.gag !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.gag);
                if (message.notifyConsortium != null && $Object.hasOwnProperty.call(message, "notifyConsortium") && message.notifyConsortium !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.notifyConsortium);
                if (message.ceiling != null && message.ceiling.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).int32s(message.ceiling);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ReviewTicket message from the specified reader or buffer.
             * @function decode
             * @memberof ilr.v1.ReviewTicket
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ilr.v1.ReviewTicket & ilr.v1.ReviewTicket.$Shape} ReviewTicket
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReviewTicket.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ilr.v1.ReviewTicket();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.route = value;
                            else
                                delete message.route;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.urgent = value;
                            else
                                delete message.urgent;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.gag = value;
                            else
                                delete message.gag;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.notifyConsortium = value;
                            else
                                delete message.notifyConsortium;
                            continue;
                        }
                    case 5: {
                            if (wireType === 2) {
                                if (!(message.ceiling && message.ceiling.length))
                                    message.ceiling = [];
                                reader.int32s(message.ceiling);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.ceiling && message.ceiling.length))
                                message.ceiling = [];
                            message.ceiling.push(reader.int32());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a ReviewTicket message.
             * @function verify
             * @memberof ilr.v1.ReviewTicket
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ReviewTicket.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.route != null && $Object.hasOwnProperty.call(message, "route"))
                    if (typeof message.route !== "number" || (message.route | 0) !== message.route)
                        return "route: enum value expected";
                if (message.urgent != null && $Object.hasOwnProperty.call(message, "urgent"))
                    if (typeof message.urgent !== "boolean")
                        return "urgent: boolean expected";
                if (message.gag != null && $Object.hasOwnProperty.call(message, "gag"))
                    if (typeof message.gag !== "boolean")
                        return "gag: boolean expected";
                if (message.notifyConsortium != null && $Object.hasOwnProperty.call(message, "notifyConsortium"))
                    if (typeof message.notifyConsortium !== "boolean")
                        return "notifyConsortium: boolean expected";
                if (message.ceiling != null && $Object.hasOwnProperty.call(message, "ceiling")) {
                    if (!$Array.isArray(message.ceiling))
                        return "ceiling: array expected";
                    for (let i = 0; i < message.ceiling.length; ++i)
                        if (typeof message.ceiling[i] !== "number" || (message.ceiling[i] | 0) !== message.ceiling[i])
                            return "ceiling: enum value[] expected";
                }
                return null;
            };

            /**
             * Creates a ReviewTicket message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ilr.v1.ReviewTicket
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ilr.v1.ReviewTicket} ReviewTicket
             */
            ReviewTicket.fromObject = function (object, _depth) {
                if (object instanceof $root.ilr.v1.ReviewTicket)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ilr.v1.ReviewTicket: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ilr.v1.ReviewTicket();
                if (object.route !== 0 && (typeof object.route !== "string" || $root.ilr.v1.ReviewRoute[object.route] !== 0))
                    switch (object.route) {
                    case "REVIEW_ROUTE_UNSPECIFIED":
                    case 0:
                        message.route = 0;
                        break;
                    case "REVIEW_ROUTE_DIRECTOR":
                    case 1:
                        message.route = 1;
                        break;
                    case "REVIEW_ROUTE_RECORDS_CUSTODIAN":
                    case 2:
                        message.route = 2;
                        break;
                    default:
                        if (typeof object.route === "number" && (object.route | 0) === object.route)
                            message.route = object.route;
                    }
                if (object.urgent != null)
                    if (object.urgent)
                        message.urgent = $Boolean(object.urgent);
                if (object.gag != null)
                    if (object.gag)
                        message.gag = $Boolean(object.gag);
                if (object.notifyConsortium != null)
                    if (object.notifyConsortium)
                        message.notifyConsortium = $Boolean(object.notifyConsortium);
                if (object.ceiling) {
                    if (!$Array.isArray(object.ceiling))
                        throw $TypeError(".ilr.v1.ReviewTicket.ceiling: array expected");
                    message.ceiling = [];
                    for (let i = 0; i < object.ceiling.length; ++i)
                        switch (object.ceiling[i]) {
                        case "DATA_CLASS_UNSPECIFIED":
                        case 0:
                            message.ceiling[message.ceiling.length] = 0;
                            break;
                        case "DATA_CLASS_EXISTENCE":
                        case 1:
                            message.ceiling[message.ceiling.length] = 1;
                            break;
                        case "DATA_CLASS_IDENTITY":
                        case 2:
                            message.ceiling[message.ceiling.length] = 2;
                            break;
                        case "DATA_CLASS_CONTACT":
                        case 3:
                            message.ceiling[message.ceiling.length] = 3;
                            break;
                        case "DATA_CLASS_CIRCULATION":
                        case 4:
                            message.ceiling[message.ceiling.length] = 4;
                            break;
                        case "DATA_CLASS_HOLDS":
                        case 5:
                            message.ceiling[message.ceiling.length] = 5;
                            break;
                        case "DATA_CLASS_OVERDUE":
                        case 6:
                            message.ceiling[message.ceiling.length] = 6;
                            break;
                        case "DATA_CLASS_FEES":
                        case 7:
                            message.ceiling[message.ceiling.length] = 7;
                            break;
                        case "DATA_CLASS_HISTORY":
                        case 8:
                            message.ceiling[message.ceiling.length] = 8;
                            break;
                        case "DATA_CLASS_GUARDIAN_IDENTITY":
                        case 11:
                            message.ceiling[message.ceiling.length] = 11;
                            break;
                        case "DATA_CLASS_SURVEILLANCE_RECORDS":
                        case 12:
                            message.ceiling[message.ceiling.length] = 12;
                            break;
                        default:
                            if (typeof object.ceiling[i] === "number" && (object.ceiling[i] | 0) === object.ceiling[i])
                                message.ceiling[message.ceiling.length] = object.ceiling[i];
                        }
                }
                return message;
            };

            /**
             * Creates a plain object from a ReviewTicket message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ilr.v1.ReviewTicket
             * @static
             * @param {ilr.v1.ReviewTicket} message ReviewTicket
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ReviewTicket.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.ceiling = [];
                if (options.defaults) {
                    object.route = options.enums === $String ? "REVIEW_ROUTE_UNSPECIFIED" : 0;
                    object.urgent = false;
                    object.gag = false;
                    object.notifyConsortium = false;
                }
                if (message.route != null && $Object.hasOwnProperty.call(message, "route"))
                    object.route = options.enums === $String ? $root.ilr.v1.ReviewRoute[message.route] === $undefined ? message.route : $root.ilr.v1.ReviewRoute[message.route] : message.route;
                if (message.urgent != null && $Object.hasOwnProperty.call(message, "urgent"))
                    object.urgent = message.urgent;
                if (message.gag != null && $Object.hasOwnProperty.call(message, "gag"))
                    object.gag = message.gag;
                if (message.notifyConsortium != null && $Object.hasOwnProperty.call(message, "notifyConsortium"))
                    object.notifyConsortium = message.notifyConsortium;
                if (message.ceiling && message.ceiling.length) {
                    object.ceiling = $Array(message.ceiling.length);
                    for (let j = 0; j < message.ceiling.length; ++j)
                        object.ceiling[j] = options.enums === $String ? $root.ilr.v1.DataClass[message.ceiling[j]] === $undefined ? message.ceiling[j] : $root.ilr.v1.DataClass[message.ceiling[j]] : message.ceiling[j];
                }
                return object;
            };

            /**
             * Converts this ReviewTicket to JSON.
             * @function toJSON
             * @memberof ilr.v1.ReviewTicket
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ReviewTicket.prototype.toJSON = function() {
                return ReviewTicket.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ReviewTicket;
        })();

        v1.Citation = (function() {

            /**
             * Properties of a Citation.
             * @typedef {Object} ilr.v1.Citation.$Properties
             * @property {string|null} [cite] Citation cite
             * @property {string|null} [text] Citation text
             * @property {ilr.v1.CitationStatus|null} [status] Citation status
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Citation.
             * @memberof ilr.v1
             * @interface ICitation
             * @augments ilr.v1.Citation.$Properties
             * @deprecated Use ilr.v1.Citation.$Properties instead.
             */

            /**
             * Shape of a Citation.
             * @typedef {ilr.v1.Citation.$Properties} ilr.v1.Citation.$Shape
             */

            /**
             * Constructs a new Citation.
             * @memberof ilr.v1
             * @classdesc Represents a Citation.
             * @constructor
             * @param {ilr.v1.Citation.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Citation = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Citation cite.
             * @member {string} cite
             * @memberof ilr.v1.Citation
             * @instance
             */
            Citation.prototype.cite = "";

            /**
             * Citation text.
             * @member {string} text
             * @memberof ilr.v1.Citation
             * @instance
             */
            Citation.prototype.text = "";

            /**
             * Citation status.
             * @member {ilr.v1.CitationStatus} status
             * @memberof ilr.v1.Citation
             * @instance
             */
            Citation.prototype.status = 0;

            /**
             * Creates a new Citation instance using the specified properties.
             * @function create
             * @memberof ilr.v1.Citation
             * @static
             * @param {ilr.v1.Citation.$Properties=} [properties] Properties to set
             * @returns {ilr.v1.Citation} Citation instance
             * @type {{
             *   (properties: ilr.v1.Citation.$Shape): ilr.v1.Citation & ilr.v1.Citation.$Shape;
             *   (properties?: ilr.v1.Citation.$Properties): ilr.v1.Citation;
             * }}
             */
            Citation.create = function(properties) {
                return new Citation(properties);
            };

            /**
             * Encodes the specified Citation message. Does not implicitly {@link ilr.v1.Citation.verify|verify} messages.
             * @function encode
             * @memberof ilr.v1.Citation
             * @static
             * @param {ilr.v1.Citation.$Properties} message Citation message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Citation.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.cite != null && $Object.hasOwnProperty.call(message, "cite") && message.cite !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.cite);
                if (message.text != null && $Object.hasOwnProperty.call(message, "text") && message.text !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.text);
                if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.status);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Citation message from the specified reader or buffer.
             * @function decode
             * @memberof ilr.v1.Citation
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ilr.v1.Citation & ilr.v1.Citation.$Shape} Citation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Citation.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ilr.v1.Citation();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.cite = value;
                            else
                                delete message.cite;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.text = value;
                            else
                                delete message.text;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.status = value;
                            else
                                delete message.status;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a Citation message.
             * @function verify
             * @memberof ilr.v1.Citation
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Citation.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.cite != null && $Object.hasOwnProperty.call(message, "cite"))
                    if (!$util.isString(message.cite))
                        return "cite: string expected";
                if (message.text != null && $Object.hasOwnProperty.call(message, "text"))
                    if (!$util.isString(message.text))
                        return "text: string expected";
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    if (typeof message.status !== "number" || (message.status | 0) !== message.status)
                        return "status: enum value expected";
                return null;
            };

            /**
             * Creates a Citation message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ilr.v1.Citation
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ilr.v1.Citation} Citation
             */
            Citation.fromObject = function (object, _depth) {
                if (object instanceof $root.ilr.v1.Citation)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ilr.v1.Citation: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ilr.v1.Citation();
                if (object.cite != null)
                    if (typeof object.cite !== "string" || object.cite.length)
                        message.cite = $String(object.cite);
                if (object.text != null)
                    if (typeof object.text !== "string" || object.text.length)
                        message.text = $String(object.text);
                if (object.status !== 0 && (typeof object.status !== "string" || $root.ilr.v1.CitationStatus[object.status] !== 0))
                    switch (object.status) {
                    case "CITATION_STATUS_UNSPECIFIED":
                    case 0:
                        message.status = 0;
                        break;
                    case "CITATION_STATUS_VERIFIED":
                    case 1:
                        message.status = 1;
                        break;
                    case "CITATION_STATUS_UNVERIFIED":
                    case 2:
                        message.status = 2;
                        break;
                    case "CITATION_STATUS_READING":
                    case 3:
                        message.status = 3;
                        break;
                    default:
                        if (typeof object.status === "number" && (object.status | 0) === object.status)
                            message.status = object.status;
                    }
                return message;
            };

            /**
             * Creates a plain object from a Citation message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ilr.v1.Citation
             * @static
             * @param {ilr.v1.Citation} message Citation
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Citation.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.cite = "";
                    object.text = "";
                    object.status = options.enums === $String ? "CITATION_STATUS_UNSPECIFIED" : 0;
                }
                if (message.cite != null && $Object.hasOwnProperty.call(message, "cite"))
                    object.cite = message.cite;
                if (message.text != null && $Object.hasOwnProperty.call(message, "text"))
                    object.text = message.text;
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    object.status = options.enums === $String ? $root.ilr.v1.CitationStatus[message.status] === $undefined ? message.status : $root.ilr.v1.CitationStatus[message.status] : message.status;
                return object;
            };

            /**
             * Converts this Citation to JSON.
             * @function toJSON
             * @memberof ilr.v1.Citation
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Citation.prototype.toJSON = function() {
                return Citation.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Citation;
        })();

        v1.PackRef = (function() {

            /**
             * Properties of a PackRef.
             * @typedef {Object} ilr.v1.PackRef.$Properties
             * @property {string|null} [id] PackRef id
             * @property {string|null} [version] PackRef version
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PackRef.
             * @memberof ilr.v1
             * @interface IPackRef
             * @augments ilr.v1.PackRef.$Properties
             * @deprecated Use ilr.v1.PackRef.$Properties instead.
             */

            /**
             * Shape of a PackRef.
             * @typedef {ilr.v1.PackRef.$Properties} ilr.v1.PackRef.$Shape
             */

            /**
             * Constructs a new PackRef.
             * @memberof ilr.v1
             * @classdesc Represents a PackRef.
             * @constructor
             * @param {ilr.v1.PackRef.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PackRef = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PackRef id.
             * @member {string} id
             * @memberof ilr.v1.PackRef
             * @instance
             */
            PackRef.prototype.id = "";

            /**
             * PackRef version.
             * @member {string} version
             * @memberof ilr.v1.PackRef
             * @instance
             */
            PackRef.prototype.version = "";

            /**
             * Creates a new PackRef instance using the specified properties.
             * @function create
             * @memberof ilr.v1.PackRef
             * @static
             * @param {ilr.v1.PackRef.$Properties=} [properties] Properties to set
             * @returns {ilr.v1.PackRef} PackRef instance
             * @type {{
             *   (properties: ilr.v1.PackRef.$Shape): ilr.v1.PackRef & ilr.v1.PackRef.$Shape;
             *   (properties?: ilr.v1.PackRef.$Properties): ilr.v1.PackRef;
             * }}
             */
            PackRef.create = function(properties) {
                return new PackRef(properties);
            };

            /**
             * Encodes the specified PackRef message. Does not implicitly {@link ilr.v1.PackRef.verify|verify} messages.
             * @function encode
             * @memberof ilr.v1.PackRef
             * @static
             * @param {ilr.v1.PackRef.$Properties} message PackRef message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PackRef.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.version);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PackRef message from the specified reader or buffer.
             * @function decode
             * @memberof ilr.v1.PackRef
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ilr.v1.PackRef & ilr.v1.PackRef.$Shape} PackRef
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PackRef.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ilr.v1.PackRef();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a PackRef message.
             * @function verify
             * @memberof ilr.v1.PackRef
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PackRef.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (!$util.isString(message.id))
                        return "id: string expected";
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    if (!$util.isString(message.version))
                        return "version: string expected";
                return null;
            };

            /**
             * Creates a PackRef message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ilr.v1.PackRef
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ilr.v1.PackRef} PackRef
             */
            PackRef.fromObject = function (object, _depth) {
                if (object instanceof $root.ilr.v1.PackRef)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ilr.v1.PackRef: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ilr.v1.PackRef();
                if (object.id != null)
                    if (typeof object.id !== "string" || object.id.length)
                        message.id = $String(object.id);
                if (object.version != null)
                    if (typeof object.version !== "string" || object.version.length)
                        message.version = $String(object.version);
                return message;
            };

            /**
             * Creates a plain object from a PackRef message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ilr.v1.PackRef
             * @static
             * @param {ilr.v1.PackRef} message PackRef
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PackRef.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.id = "";
                    object.version = "";
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    object.version = message.version;
                return object;
            };

            /**
             * Converts this PackRef to JSON.
             * @function toJSON
             * @memberof ilr.v1.PackRef
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PackRef.prototype.toJSON = function() {
                return PackRef.toObject(this, $protobuf.util.toJSONOptions);
            };

            return PackRef;
        })();

        v1.Decision = (function() {

            /**
             * Properties of a Decision.
             * @typedef {Object} ilr.v1.Decision.$Properties
             * @property {ilr.v1.Outcome|null} [outcome] Decision outcome
             * @property {Array.<ilr.v1.DataClass>|null} [disclosed] Decision disclosed
             * @property {string|null} [referTo] Decision referTo
             * @property {boolean|null} [referToDisclosed] Decision referToDisclosed
             * @property {ilr.v1.ReviewTicket.$Properties|null} [review] Decision review
             * @property {ilr.v1.NoticeDetail|null} [notice] Decision notice
             * @property {string|null} [label] Decision label
             * @property {ilr.v1.LegalBasis|null} [basis] Decision basis
             * @property {Array.<string>|null} [rules] Decision rules
             * @property {Array.<ilr.v1.Citation.$Properties>|null} [citations] Decision citations
             * @property {ilr.v1.PackRef.$Properties|null} [pack] Decision pack
             * @property {string|null} [decidedBy] Decision decidedBy
             * @property {ilr.v1.ReasonCode|null} [reasonCode] Decision reasonCode
             * @property {boolean|null} [screened] Decision screened
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Decision.
             * @memberof ilr.v1
             * @interface IDecision
             * @augments ilr.v1.Decision.$Properties
             * @deprecated Use ilr.v1.Decision.$Properties instead.
             */

            /**
             * Shape of a Decision.
             * @typedef {ilr.v1.Decision.$Properties} ilr.v1.Decision.$Shape
             */

            /**
             * Constructs a new Decision.
             * @memberof ilr.v1
             * @classdesc Represents a Decision.
             * @constructor
             * @param {ilr.v1.Decision.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Decision = function (properties) {
                this.disclosed = [];
                this.rules = [];
                this.citations = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Decision outcome.
             * @member {ilr.v1.Outcome} outcome
             * @memberof ilr.v1.Decision
             * @instance
             */
            Decision.prototype.outcome = 0;

            /**
             * Decision disclosed.
             * @member {Array.<ilr.v1.DataClass>} disclosed
             * @memberof ilr.v1.Decision
             * @instance
             */
            Decision.prototype.disclosed = $util.emptyArray;

            /**
             * Decision referTo.
             * @member {string} referTo
             * @memberof ilr.v1.Decision
             * @instance
             */
            Decision.prototype.referTo = "";

            /**
             * Decision referToDisclosed.
             * @member {boolean} referToDisclosed
             * @memberof ilr.v1.Decision
             * @instance
             */
            Decision.prototype.referToDisclosed = false;

            /**
             * Decision review.
             * @member {ilr.v1.ReviewTicket.$Properties|null|undefined} review
             * @memberof ilr.v1.Decision
             * @instance
             */
            Decision.prototype.review = null;

            /**
             * Decision notice.
             * @member {ilr.v1.NoticeDetail} notice
             * @memberof ilr.v1.Decision
             * @instance
             */
            Decision.prototype.notice = 0;

            /**
             * Decision label.
             * @member {string} label
             * @memberof ilr.v1.Decision
             * @instance
             */
            Decision.prototype.label = "";

            /**
             * Decision basis.
             * @member {ilr.v1.LegalBasis} basis
             * @memberof ilr.v1.Decision
             * @instance
             */
            Decision.prototype.basis = 0;

            /**
             * Decision rules.
             * @member {Array.<string>} rules
             * @memberof ilr.v1.Decision
             * @instance
             */
            Decision.prototype.rules = $util.emptyArray;

            /**
             * Decision citations.
             * @member {Array.<ilr.v1.Citation.$Properties>} citations
             * @memberof ilr.v1.Decision
             * @instance
             */
            Decision.prototype.citations = $util.emptyArray;

            /**
             * Decision pack.
             * @member {ilr.v1.PackRef.$Properties|null|undefined} pack
             * @memberof ilr.v1.Decision
             * @instance
             */
            Decision.prototype.pack = null;

            /**
             * Decision decidedBy.
             * @member {string} decidedBy
             * @memberof ilr.v1.Decision
             * @instance
             */
            Decision.prototype.decidedBy = "";

            /**
             * Decision reasonCode.
             * @member {ilr.v1.ReasonCode} reasonCode
             * @memberof ilr.v1.Decision
             * @instance
             */
            Decision.prototype.reasonCode = 0;

            /**
             * Decision screened.
             * @member {boolean} screened
             * @memberof ilr.v1.Decision
             * @instance
             */
            Decision.prototype.screened = false;

            /**
             * Creates a new Decision instance using the specified properties.
             * @function create
             * @memberof ilr.v1.Decision
             * @static
             * @param {ilr.v1.Decision.$Properties=} [properties] Properties to set
             * @returns {ilr.v1.Decision} Decision instance
             * @type {{
             *   (properties: ilr.v1.Decision.$Shape): ilr.v1.Decision & ilr.v1.Decision.$Shape;
             *   (properties?: ilr.v1.Decision.$Properties): ilr.v1.Decision;
             * }}
             */
            Decision.create = function(properties) {
                return new Decision(properties);
            };

            /**
             * Encodes the specified Decision message. Does not implicitly {@link ilr.v1.Decision.verify|verify} messages.
             * @function encode
             * @memberof ilr.v1.Decision
             * @static
             * @param {ilr.v1.Decision.$Properties} message Decision message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Decision.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.outcome != null && $Object.hasOwnProperty.call(message, "outcome") && message.outcome !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.outcome);
                if (message.disclosed != null && message.disclosed.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).int32s(message.disclosed);
                if (message.referTo != null && $Object.hasOwnProperty.call(message, "referTo") && message.referTo !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.referTo);
                if (message.referToDisclosed != null && $Object.hasOwnProperty.call(message, "referToDisclosed") && message.referToDisclosed !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.referToDisclosed);
                if (message.review != null && $Object.hasOwnProperty.call(message, "review"))
                    $root.ilr.v1.ReviewTicket.encode(message.review, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.notice != null && $Object.hasOwnProperty.call(message, "notice") && message.notice !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).int32(message.notice);
                if (message.label != null && $Object.hasOwnProperty.call(message, "label") && message.label !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.label);
                if (message.basis != null && $Object.hasOwnProperty.call(message, "basis") && message.basis !== 0)
                    writer.uint32(/* id 8, wireType 0 =*/64).int32(message.basis);
                if (message.rules != null && message.rules.length)
                    for (let i = 0; i < message.rules.length; ++i)
                        writer.uint32(/* id 9, wireType 2 =*/74).string(message.rules[i]);
                if (message.citations != null && message.citations.length)
                    for (let i = 0; i < message.citations.length; ++i)
                        $root.ilr.v1.Citation.encode(message.citations[i], writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.pack != null && $Object.hasOwnProperty.call(message, "pack"))
                    $root.ilr.v1.PackRef.encode(message.pack, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.decidedBy != null && $Object.hasOwnProperty.call(message, "decidedBy") && message.decidedBy !== "")
                    writer.uint32(/* id 12, wireType 2 =*/98).string(message.decidedBy);
                if (message.reasonCode != null && $Object.hasOwnProperty.call(message, "reasonCode") && message.reasonCode !== 0)
                    writer.uint32(/* id 13, wireType 0 =*/104).int32(message.reasonCode);
                if (message.screened != null && $Object.hasOwnProperty.call(message, "screened") && message.screened !== false)
                    writer.uint32(/* id 14, wireType 0 =*/112).bool(message.screened);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Decision message from the specified reader or buffer.
             * @function decode
             * @memberof ilr.v1.Decision
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ilr.v1.Decision & ilr.v1.Decision.$Shape} Decision
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Decision.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ilr.v1.Decision();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.outcome = value;
                            else
                                delete message.outcome;
                            continue;
                        }
                    case 2: {
                            if (wireType === 2) {
                                if (!(message.disclosed && message.disclosed.length))
                                    message.disclosed = [];
                                reader.int32s(message.disclosed);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.disclosed && message.disclosed.length))
                                message.disclosed = [];
                            message.disclosed.push(reader.int32());
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.referTo = value;
                            else
                                delete message.referTo;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.referToDisclosed = value;
                            else
                                delete message.referToDisclosed;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.review = $root.ilr.v1.ReviewTicket.decode(reader, reader.size(), $undefined, _depth + 1, message.review);
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.notice = value;
                            else
                                delete message.notice;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.label = value;
                            else
                                delete message.label;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.basis = value;
                            else
                                delete message.basis;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if (!(message.rules && message.rules.length))
                                message.rules = [];
                            message.rules.push(reader.stringVerify());
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if (!(message.citations && message.citations.length))
                                message.citations = [];
                            message.citations.push($root.ilr.v1.Citation.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.pack = $root.ilr.v1.PackRef.decode(reader, reader.size(), $undefined, _depth + 1, message.pack);
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.decidedBy = value;
                            else
                                delete message.decidedBy;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.reasonCode = value;
                            else
                                delete message.reasonCode;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.screened = value;
                            else
                                delete message.screened;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a Decision message.
             * @function verify
             * @memberof ilr.v1.Decision
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Decision.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.outcome != null && $Object.hasOwnProperty.call(message, "outcome"))
                    if (typeof message.outcome !== "number" || (message.outcome | 0) !== message.outcome)
                        return "outcome: enum value expected";
                if (message.disclosed != null && $Object.hasOwnProperty.call(message, "disclosed")) {
                    if (!$Array.isArray(message.disclosed))
                        return "disclosed: array expected";
                    for (let i = 0; i < message.disclosed.length; ++i)
                        if (typeof message.disclosed[i] !== "number" || (message.disclosed[i] | 0) !== message.disclosed[i])
                            return "disclosed: enum value[] expected";
                }
                if (message.referTo != null && $Object.hasOwnProperty.call(message, "referTo"))
                    if (!$util.isString(message.referTo))
                        return "referTo: string expected";
                if (message.referToDisclosed != null && $Object.hasOwnProperty.call(message, "referToDisclosed"))
                    if (typeof message.referToDisclosed !== "boolean")
                        return "referToDisclosed: boolean expected";
                if (message.review != null && $Object.hasOwnProperty.call(message, "review")) {
                    let error = $root.ilr.v1.ReviewTicket.verify(message.review, _depth + 1);
                    if (error)
                        return "review." + error;
                }
                if (message.notice != null && $Object.hasOwnProperty.call(message, "notice"))
                    if (typeof message.notice !== "number" || (message.notice | 0) !== message.notice)
                        return "notice: enum value expected";
                if (message.label != null && $Object.hasOwnProperty.call(message, "label"))
                    if (!$util.isString(message.label))
                        return "label: string expected";
                if (message.basis != null && $Object.hasOwnProperty.call(message, "basis"))
                    if (typeof message.basis !== "number" || (message.basis | 0) !== message.basis)
                        return "basis: enum value expected";
                if (message.rules != null && $Object.hasOwnProperty.call(message, "rules")) {
                    if (!$Array.isArray(message.rules))
                        return "rules: array expected";
                    for (let i = 0; i < message.rules.length; ++i)
                        if (!$util.isString(message.rules[i]))
                            return "rules: string[] expected";
                }
                if (message.citations != null && $Object.hasOwnProperty.call(message, "citations")) {
                    if (!$Array.isArray(message.citations))
                        return "citations: array expected";
                    for (let i = 0; i < message.citations.length; ++i) {
                        let error = $root.ilr.v1.Citation.verify(message.citations[i], _depth + 1);
                        if (error)
                            return "citations." + error;
                    }
                }
                if (message.pack != null && $Object.hasOwnProperty.call(message, "pack")) {
                    let error = $root.ilr.v1.PackRef.verify(message.pack, _depth + 1);
                    if (error)
                        return "pack." + error;
                }
                if (message.decidedBy != null && $Object.hasOwnProperty.call(message, "decidedBy"))
                    if (!$util.isString(message.decidedBy))
                        return "decidedBy: string expected";
                if (message.reasonCode != null && $Object.hasOwnProperty.call(message, "reasonCode"))
                    if (typeof message.reasonCode !== "number" || (message.reasonCode | 0) !== message.reasonCode)
                        return "reasonCode: enum value expected";
                if (message.screened != null && $Object.hasOwnProperty.call(message, "screened"))
                    if (typeof message.screened !== "boolean")
                        return "screened: boolean expected";
                return null;
            };

            /**
             * Creates a Decision message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ilr.v1.Decision
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ilr.v1.Decision} Decision
             */
            Decision.fromObject = function (object, _depth) {
                if (object instanceof $root.ilr.v1.Decision)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ilr.v1.Decision: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ilr.v1.Decision();
                if (object.outcome !== 0 && (typeof object.outcome !== "string" || $root.ilr.v1.Outcome[object.outcome] !== 0))
                    switch (object.outcome) {
                    case "OUTCOME_UNSPECIFIED":
                    case 0:
                        message.outcome = 0;
                        break;
                    case "OUTCOME_RELAY":
                    case 1:
                        message.outcome = 1;
                        break;
                    case "OUTCOME_REFER":
                    case 2:
                        message.outcome = 2;
                        break;
                    case "OUTCOME_REFUSE":
                    case 3:
                        message.outcome = 3;
                        break;
                    case "OUTCOME_REVIEW":
                    case 4:
                        message.outcome = 4;
                        break;
                    default:
                        if (typeof object.outcome === "number" && (object.outcome | 0) === object.outcome)
                            message.outcome = object.outcome;
                    }
                if (object.disclosed) {
                    if (!$Array.isArray(object.disclosed))
                        throw $TypeError(".ilr.v1.Decision.disclosed: array expected");
                    message.disclosed = [];
                    for (let i = 0; i < object.disclosed.length; ++i)
                        switch (object.disclosed[i]) {
                        case "DATA_CLASS_UNSPECIFIED":
                        case 0:
                            message.disclosed[message.disclosed.length] = 0;
                            break;
                        case "DATA_CLASS_EXISTENCE":
                        case 1:
                            message.disclosed[message.disclosed.length] = 1;
                            break;
                        case "DATA_CLASS_IDENTITY":
                        case 2:
                            message.disclosed[message.disclosed.length] = 2;
                            break;
                        case "DATA_CLASS_CONTACT":
                        case 3:
                            message.disclosed[message.disclosed.length] = 3;
                            break;
                        case "DATA_CLASS_CIRCULATION":
                        case 4:
                            message.disclosed[message.disclosed.length] = 4;
                            break;
                        case "DATA_CLASS_HOLDS":
                        case 5:
                            message.disclosed[message.disclosed.length] = 5;
                            break;
                        case "DATA_CLASS_OVERDUE":
                        case 6:
                            message.disclosed[message.disclosed.length] = 6;
                            break;
                        case "DATA_CLASS_FEES":
                        case 7:
                            message.disclosed[message.disclosed.length] = 7;
                            break;
                        case "DATA_CLASS_HISTORY":
                        case 8:
                            message.disclosed[message.disclosed.length] = 8;
                            break;
                        case "DATA_CLASS_GUARDIAN_IDENTITY":
                        case 11:
                            message.disclosed[message.disclosed.length] = 11;
                            break;
                        case "DATA_CLASS_SURVEILLANCE_RECORDS":
                        case 12:
                            message.disclosed[message.disclosed.length] = 12;
                            break;
                        default:
                            if (typeof object.disclosed[i] === "number" && (object.disclosed[i] | 0) === object.disclosed[i])
                                message.disclosed[message.disclosed.length] = object.disclosed[i];
                        }
                }
                if (object.referTo != null)
                    if (typeof object.referTo !== "string" || object.referTo.length)
                        message.referTo = $String(object.referTo);
                if (object.referToDisclosed != null)
                    if (object.referToDisclosed)
                        message.referToDisclosed = $Boolean(object.referToDisclosed);
                if (object.review != null) {
                    if (!$util.isObject(object.review))
                        throw $TypeError(".ilr.v1.Decision.review: object expected");
                    message.review = $root.ilr.v1.ReviewTicket.fromObject(object.review, _depth + 1);
                }
                if (object.notice !== 0 && (typeof object.notice !== "string" || $root.ilr.v1.NoticeDetail[object.notice] !== 0))
                    switch (object.notice) {
                    case "NOTICE_DETAIL_UNSPECIFIED":
                    case 0:
                        message.notice = 0;
                        break;
                    case "NOTICE_DETAIL_GENERIC":
                    case 1:
                        message.notice = 1;
                        break;
                    case "NOTICE_DETAIL_DETAILED":
                    case 2:
                        message.notice = 2;
                        break;
                    default:
                        if (typeof object.notice === "number" && (object.notice | 0) === object.notice)
                            message.notice = object.notice;
                    }
                if (object.label != null)
                    if (typeof object.label !== "string" || object.label.length)
                        message.label = $String(object.label);
                if (object.basis !== 0 && (typeof object.basis !== "string" || $root.ilr.v1.LegalBasis[object.basis] !== 0))
                    switch (object.basis) {
                    case "LEGAL_BASIS_UNSPECIFIED":
                    case 0:
                        message.basis = 0;
                        break;
                    case "LEGAL_BASIS_NONE":
                    case 1:
                        message.basis = 1;
                        break;
                    case "LEGAL_BASIS_PATRON_WRITTEN_CONSENT":
                    case 2:
                        message.basis = 2;
                        break;
                    case "LEGAL_BASIS_PATRON_REQUEST":
                    case 3:
                        message.basis = 3;
                        break;
                    case "LEGAL_BASIS_LIBRARY_OPERATIONS":
                    case 4:
                        message.basis = 4;
                        break;
                    case "LEGAL_BASIS_INTERLIBRARY_COOPERATION":
                    case 5:
                        message.basis = 5;
                        break;
                    case "LEGAL_BASIS_MATERIAL_RECOVERY":
                    case 6:
                        message.basis = 6;
                        break;
                    case "LEGAL_BASIS_COLLECTION_AGENCY":
                    case 7:
                        message.basis = 7;
                        break;
                    case "LEGAL_BASIS_PARENT_OF_MINOR":
                    case 8:
                        message.basis = 8;
                        break;
                    case "LEGAL_BASIS_COURT_ORDER":
                    case 9:
                        message.basis = 9;
                        break;
                    case "LEGAL_BASIS_SUBPOENA":
                    case 10:
                        message.basis = 10;
                        break;
                    case "LEGAL_BASIS_SEARCH_WARRANT":
                    case 11:
                        message.basis = 11;
                        break;
                    case "LEGAL_BASIS_NATIONAL_SECURITY_LETTER":
                    case 12:
                        message.basis = 12;
                        break;
                    case "LEGAL_BASIS_FISA_ORDER":
                    case 13:
                        message.basis = 13;
                        break;
                    case "LEGAL_BASIS_REQUIRED_BY_LAW":
                    case 14:
                        message.basis = 14;
                        break;
                    case "LEGAL_BASIS_LAW_ENFORCEMENT_EMERGENCY":
                    case 15:
                        message.basis = 15;
                        break;
                    default:
                        if (typeof object.basis === "number" && (object.basis | 0) === object.basis)
                            message.basis = object.basis;
                    }
                if (object.rules) {
                    if (!$Array.isArray(object.rules))
                        throw $TypeError(".ilr.v1.Decision.rules: array expected");
                    message.rules = $Array(object.rules.length);
                    for (let i = 0; i < object.rules.length; ++i)
                        message.rules[i] = $String(object.rules[i]);
                }
                if (object.citations) {
                    if (!$Array.isArray(object.citations))
                        throw $TypeError(".ilr.v1.Decision.citations: array expected");
                    message.citations = $Array(object.citations.length);
                    for (let i = 0; i < object.citations.length; ++i) {
                        if (!$util.isObject(object.citations[i]))
                            throw $TypeError(".ilr.v1.Decision.citations: object expected");
                        message.citations[i] = $root.ilr.v1.Citation.fromObject(object.citations[i], _depth + 1);
                    }
                }
                if (object.pack != null) {
                    if (!$util.isObject(object.pack))
                        throw $TypeError(".ilr.v1.Decision.pack: object expected");
                    message.pack = $root.ilr.v1.PackRef.fromObject(object.pack, _depth + 1);
                }
                if (object.decidedBy != null)
                    if (typeof object.decidedBy !== "string" || object.decidedBy.length)
                        message.decidedBy = $String(object.decidedBy);
                if (object.reasonCode !== 0 && (typeof object.reasonCode !== "string" || $root.ilr.v1.ReasonCode[object.reasonCode] !== 0))
                    switch (object.reasonCode) {
                    case "REASON_CODE_UNSPECIFIED":
                    case 0:
                        message.reasonCode = 0;
                        break;
                    case "REASON_CODE_RELAYED":
                    case 1:
                        message.reasonCode = 1;
                        break;
                    case "REASON_CODE_NO_PATRON_DATA":
                    case 2:
                        message.reasonCode = 2;
                        break;
                    case "REASON_CODE_REFERRED_TO_REGISTERING_LIBRARY":
                    case 3:
                        message.reasonCode = 3;
                        break;
                    case "REASON_CODE_HELD_FOR_REVIEW":
                    case 4:
                        message.reasonCode = 4;
                        break;
                    case "REASON_CODE_NO_LEGAL_BASIS":
                    case 5:
                        message.reasonCode = 5;
                        break;
                    case "REASON_CODE_NOT_PERMITTED":
                    case 6:
                        message.reasonCode = 6;
                        break;
                    default:
                        if (typeof object.reasonCode === "number" && (object.reasonCode | 0) === object.reasonCode)
                            message.reasonCode = object.reasonCode;
                    }
                if (object.screened != null)
                    if (object.screened)
                        message.screened = $Boolean(object.screened);
                return message;
            };

            /**
             * Creates a plain object from a Decision message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ilr.v1.Decision
             * @static
             * @param {ilr.v1.Decision} message Decision
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Decision.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.disclosed = [];
                    object.rules = [];
                    object.citations = [];
                }
                if (options.defaults) {
                    object.outcome = options.enums === $String ? "OUTCOME_UNSPECIFIED" : 0;
                    object.referTo = "";
                    object.referToDisclosed = false;
                    object.review = null;
                    object.notice = options.enums === $String ? "NOTICE_DETAIL_UNSPECIFIED" : 0;
                    object.label = "";
                    object.basis = options.enums === $String ? "LEGAL_BASIS_UNSPECIFIED" : 0;
                    object.pack = null;
                    object.decidedBy = "";
                    object.reasonCode = options.enums === $String ? "REASON_CODE_UNSPECIFIED" : 0;
                    object.screened = false;
                }
                if (message.outcome != null && $Object.hasOwnProperty.call(message, "outcome"))
                    object.outcome = options.enums === $String ? $root.ilr.v1.Outcome[message.outcome] === $undefined ? message.outcome : $root.ilr.v1.Outcome[message.outcome] : message.outcome;
                if (message.disclosed && message.disclosed.length) {
                    object.disclosed = $Array(message.disclosed.length);
                    for (let j = 0; j < message.disclosed.length; ++j)
                        object.disclosed[j] = options.enums === $String ? $root.ilr.v1.DataClass[message.disclosed[j]] === $undefined ? message.disclosed[j] : $root.ilr.v1.DataClass[message.disclosed[j]] : message.disclosed[j];
                }
                if (message.referTo != null && $Object.hasOwnProperty.call(message, "referTo"))
                    object.referTo = message.referTo;
                if (message.referToDisclosed != null && $Object.hasOwnProperty.call(message, "referToDisclosed"))
                    object.referToDisclosed = message.referToDisclosed;
                if (message.review != null && $Object.hasOwnProperty.call(message, "review"))
                    object.review = $root.ilr.v1.ReviewTicket.toObject(message.review, options, _depth + 1);
                if (message.notice != null && $Object.hasOwnProperty.call(message, "notice"))
                    object.notice = options.enums === $String ? $root.ilr.v1.NoticeDetail[message.notice] === $undefined ? message.notice : $root.ilr.v1.NoticeDetail[message.notice] : message.notice;
                if (message.label != null && $Object.hasOwnProperty.call(message, "label"))
                    object.label = message.label;
                if (message.basis != null && $Object.hasOwnProperty.call(message, "basis"))
                    object.basis = options.enums === $String ? $root.ilr.v1.LegalBasis[message.basis] === $undefined ? message.basis : $root.ilr.v1.LegalBasis[message.basis] : message.basis;
                if (message.rules && message.rules.length) {
                    object.rules = $Array(message.rules.length);
                    for (let j = 0; j < message.rules.length; ++j)
                        object.rules[j] = message.rules[j];
                }
                if (message.citations && message.citations.length) {
                    object.citations = $Array(message.citations.length);
                    for (let j = 0; j < message.citations.length; ++j)
                        object.citations[j] = $root.ilr.v1.Citation.toObject(message.citations[j], options, _depth + 1);
                }
                if (message.pack != null && $Object.hasOwnProperty.call(message, "pack"))
                    object.pack = $root.ilr.v1.PackRef.toObject(message.pack, options, _depth + 1);
                if (message.decidedBy != null && $Object.hasOwnProperty.call(message, "decidedBy"))
                    object.decidedBy = message.decidedBy;
                if (message.reasonCode != null && $Object.hasOwnProperty.call(message, "reasonCode"))
                    object.reasonCode = options.enums === $String ? $root.ilr.v1.ReasonCode[message.reasonCode] === $undefined ? message.reasonCode : $root.ilr.v1.ReasonCode[message.reasonCode] : message.reasonCode;
                if (message.screened != null && $Object.hasOwnProperty.call(message, "screened"))
                    object.screened = message.screened;
                return object;
            };

            /**
             * Converts this Decision to JSON.
             * @function toJSON
             * @memberof ilr.v1.Decision
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Decision.prototype.toJSON = function() {
                return Decision.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Decision;
        })();

        v1.RequesterReply = (function() {

            /**
             * Properties of a RequesterReply.
             * @typedef {Object} ilr.v1.RequesterReply.$Properties
             * @property {ilr.v1.Outcome|null} [outcome] RequesterReply outcome
             * @property {ilr.v1.ReasonCode|null} [reasonCode] RequesterReply reasonCode
             * @property {Array.<ilr.v1.DataClass>|null} [disclosed] RequesterReply disclosed
             * @property {string|null} [referTo] RequesterReply referTo
             * @property {Array.<string>|null} [citations] RequesterReply citations
             * @property {ilr.v1.PackRef.$Properties|null} [pack] RequesterReply pack
             * @property {string|null} [message] RequesterReply message
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RequesterReply.
             * @memberof ilr.v1
             * @interface IRequesterReply
             * @augments ilr.v1.RequesterReply.$Properties
             * @deprecated Use ilr.v1.RequesterReply.$Properties instead.
             */

            /**
             * Shape of a RequesterReply.
             * @typedef {ilr.v1.RequesterReply.$Properties} ilr.v1.RequesterReply.$Shape
             */

            /**
             * Constructs a new RequesterReply.
             * @memberof ilr.v1
             * @classdesc Represents a RequesterReply.
             * @constructor
             * @param {ilr.v1.RequesterReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RequesterReply = function (properties) {
                this.disclosed = [];
                this.citations = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RequesterReply outcome.
             * @member {ilr.v1.Outcome} outcome
             * @memberof ilr.v1.RequesterReply
             * @instance
             */
            RequesterReply.prototype.outcome = 0;

            /**
             * RequesterReply reasonCode.
             * @member {ilr.v1.ReasonCode} reasonCode
             * @memberof ilr.v1.RequesterReply
             * @instance
             */
            RequesterReply.prototype.reasonCode = 0;

            /**
             * RequesterReply disclosed.
             * @member {Array.<ilr.v1.DataClass>} disclosed
             * @memberof ilr.v1.RequesterReply
             * @instance
             */
            RequesterReply.prototype.disclosed = $util.emptyArray;

            /**
             * RequesterReply referTo.
             * @member {string} referTo
             * @memberof ilr.v1.RequesterReply
             * @instance
             */
            RequesterReply.prototype.referTo = "";

            /**
             * RequesterReply citations.
             * @member {Array.<string>} citations
             * @memberof ilr.v1.RequesterReply
             * @instance
             */
            RequesterReply.prototype.citations = $util.emptyArray;

            /**
             * RequesterReply pack.
             * @member {ilr.v1.PackRef.$Properties|null|undefined} pack
             * @memberof ilr.v1.RequesterReply
             * @instance
             */
            RequesterReply.prototype.pack = null;

            /**
             * RequesterReply message.
             * @member {string} message
             * @memberof ilr.v1.RequesterReply
             * @instance
             */
            RequesterReply.prototype.message = "";

            /**
             * Creates a new RequesterReply instance using the specified properties.
             * @function create
             * @memberof ilr.v1.RequesterReply
             * @static
             * @param {ilr.v1.RequesterReply.$Properties=} [properties] Properties to set
             * @returns {ilr.v1.RequesterReply} RequesterReply instance
             * @type {{
             *   (properties: ilr.v1.RequesterReply.$Shape): ilr.v1.RequesterReply & ilr.v1.RequesterReply.$Shape;
             *   (properties?: ilr.v1.RequesterReply.$Properties): ilr.v1.RequesterReply;
             * }}
             */
            RequesterReply.create = function(properties) {
                return new RequesterReply(properties);
            };

            /**
             * Encodes the specified RequesterReply message. Does not implicitly {@link ilr.v1.RequesterReply.verify|verify} messages.
             * @function encode
             * @memberof ilr.v1.RequesterReply
             * @static
             * @param {ilr.v1.RequesterReply.$Properties} message RequesterReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RequesterReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.outcome != null && $Object.hasOwnProperty.call(message, "outcome") && message.outcome !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.outcome);
                if (message.reasonCode != null && $Object.hasOwnProperty.call(message, "reasonCode") && message.reasonCode !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.reasonCode);
                if (message.disclosed != null && message.disclosed.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).int32s(message.disclosed);
                if (message.referTo != null && $Object.hasOwnProperty.call(message, "referTo") && message.referTo !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.referTo);
                if (message.citations != null && message.citations.length)
                    for (let i = 0; i < message.citations.length; ++i)
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.citations[i]);
                if (message.pack != null && $Object.hasOwnProperty.call(message, "pack"))
                    $root.ilr.v1.PackRef.encode(message.pack, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.message);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RequesterReply message from the specified reader or buffer.
             * @function decode
             * @memberof ilr.v1.RequesterReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ilr.v1.RequesterReply & ilr.v1.RequesterReply.$Shape} RequesterReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RequesterReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ilr.v1.RequesterReply();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.outcome = value;
                            else
                                delete message.outcome;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.reasonCode = value;
                            else
                                delete message.reasonCode;
                            continue;
                        }
                    case 3: {
                            if (wireType === 2) {
                                if (!(message.disclosed && message.disclosed.length))
                                    message.disclosed = [];
                                reader.int32s(message.disclosed);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.disclosed && message.disclosed.length))
                                message.disclosed = [];
                            message.disclosed.push(reader.int32());
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.referTo = value;
                            else
                                delete message.referTo;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.citations && message.citations.length))
                                message.citations = [];
                            message.citations.push(reader.stringVerify());
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.pack = $root.ilr.v1.PackRef.decode(reader, reader.size(), $undefined, _depth + 1, message.pack);
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a RequesterReply message.
             * @function verify
             * @memberof ilr.v1.RequesterReply
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            RequesterReply.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.outcome != null && $Object.hasOwnProperty.call(message, "outcome"))
                    if (typeof message.outcome !== "number" || (message.outcome | 0) !== message.outcome)
                        return "outcome: enum value expected";
                if (message.reasonCode != null && $Object.hasOwnProperty.call(message, "reasonCode"))
                    if (typeof message.reasonCode !== "number" || (message.reasonCode | 0) !== message.reasonCode)
                        return "reasonCode: enum value expected";
                if (message.disclosed != null && $Object.hasOwnProperty.call(message, "disclosed")) {
                    if (!$Array.isArray(message.disclosed))
                        return "disclosed: array expected";
                    for (let i = 0; i < message.disclosed.length; ++i)
                        if (typeof message.disclosed[i] !== "number" || (message.disclosed[i] | 0) !== message.disclosed[i])
                            return "disclosed: enum value[] expected";
                }
                if (message.referTo != null && $Object.hasOwnProperty.call(message, "referTo"))
                    if (!$util.isString(message.referTo))
                        return "referTo: string expected";
                if (message.citations != null && $Object.hasOwnProperty.call(message, "citations")) {
                    if (!$Array.isArray(message.citations))
                        return "citations: array expected";
                    for (let i = 0; i < message.citations.length; ++i)
                        if (!$util.isString(message.citations[i]))
                            return "citations: string[] expected";
                }
                if (message.pack != null && $Object.hasOwnProperty.call(message, "pack")) {
                    let error = $root.ilr.v1.PackRef.verify(message.pack, _depth + 1);
                    if (error)
                        return "pack." + error;
                }
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    if (!$util.isString(message.message))
                        return "message: string expected";
                return null;
            };

            /**
             * Creates a RequesterReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ilr.v1.RequesterReply
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ilr.v1.RequesterReply} RequesterReply
             */
            RequesterReply.fromObject = function (object, _depth) {
                if (object instanceof $root.ilr.v1.RequesterReply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ilr.v1.RequesterReply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ilr.v1.RequesterReply();
                if (object.outcome !== 0 && (typeof object.outcome !== "string" || $root.ilr.v1.Outcome[object.outcome] !== 0))
                    switch (object.outcome) {
                    case "OUTCOME_UNSPECIFIED":
                    case 0:
                        message.outcome = 0;
                        break;
                    case "OUTCOME_RELAY":
                    case 1:
                        message.outcome = 1;
                        break;
                    case "OUTCOME_REFER":
                    case 2:
                        message.outcome = 2;
                        break;
                    case "OUTCOME_REFUSE":
                    case 3:
                        message.outcome = 3;
                        break;
                    case "OUTCOME_REVIEW":
                    case 4:
                        message.outcome = 4;
                        break;
                    default:
                        if (typeof object.outcome === "number" && (object.outcome | 0) === object.outcome)
                            message.outcome = object.outcome;
                    }
                if (object.reasonCode !== 0 && (typeof object.reasonCode !== "string" || $root.ilr.v1.ReasonCode[object.reasonCode] !== 0))
                    switch (object.reasonCode) {
                    case "REASON_CODE_UNSPECIFIED":
                    case 0:
                        message.reasonCode = 0;
                        break;
                    case "REASON_CODE_RELAYED":
                    case 1:
                        message.reasonCode = 1;
                        break;
                    case "REASON_CODE_NO_PATRON_DATA":
                    case 2:
                        message.reasonCode = 2;
                        break;
                    case "REASON_CODE_REFERRED_TO_REGISTERING_LIBRARY":
                    case 3:
                        message.reasonCode = 3;
                        break;
                    case "REASON_CODE_HELD_FOR_REVIEW":
                    case 4:
                        message.reasonCode = 4;
                        break;
                    case "REASON_CODE_NO_LEGAL_BASIS":
                    case 5:
                        message.reasonCode = 5;
                        break;
                    case "REASON_CODE_NOT_PERMITTED":
                    case 6:
                        message.reasonCode = 6;
                        break;
                    default:
                        if (typeof object.reasonCode === "number" && (object.reasonCode | 0) === object.reasonCode)
                            message.reasonCode = object.reasonCode;
                    }
                if (object.disclosed) {
                    if (!$Array.isArray(object.disclosed))
                        throw $TypeError(".ilr.v1.RequesterReply.disclosed: array expected");
                    message.disclosed = [];
                    for (let i = 0; i < object.disclosed.length; ++i)
                        switch (object.disclosed[i]) {
                        case "DATA_CLASS_UNSPECIFIED":
                        case 0:
                            message.disclosed[message.disclosed.length] = 0;
                            break;
                        case "DATA_CLASS_EXISTENCE":
                        case 1:
                            message.disclosed[message.disclosed.length] = 1;
                            break;
                        case "DATA_CLASS_IDENTITY":
                        case 2:
                            message.disclosed[message.disclosed.length] = 2;
                            break;
                        case "DATA_CLASS_CONTACT":
                        case 3:
                            message.disclosed[message.disclosed.length] = 3;
                            break;
                        case "DATA_CLASS_CIRCULATION":
                        case 4:
                            message.disclosed[message.disclosed.length] = 4;
                            break;
                        case "DATA_CLASS_HOLDS":
                        case 5:
                            message.disclosed[message.disclosed.length] = 5;
                            break;
                        case "DATA_CLASS_OVERDUE":
                        case 6:
                            message.disclosed[message.disclosed.length] = 6;
                            break;
                        case "DATA_CLASS_FEES":
                        case 7:
                            message.disclosed[message.disclosed.length] = 7;
                            break;
                        case "DATA_CLASS_HISTORY":
                        case 8:
                            message.disclosed[message.disclosed.length] = 8;
                            break;
                        case "DATA_CLASS_GUARDIAN_IDENTITY":
                        case 11:
                            message.disclosed[message.disclosed.length] = 11;
                            break;
                        case "DATA_CLASS_SURVEILLANCE_RECORDS":
                        case 12:
                            message.disclosed[message.disclosed.length] = 12;
                            break;
                        default:
                            if (typeof object.disclosed[i] === "number" && (object.disclosed[i] | 0) === object.disclosed[i])
                                message.disclosed[message.disclosed.length] = object.disclosed[i];
                        }
                }
                if (object.referTo != null)
                    if (typeof object.referTo !== "string" || object.referTo.length)
                        message.referTo = $String(object.referTo);
                if (object.citations) {
                    if (!$Array.isArray(object.citations))
                        throw $TypeError(".ilr.v1.RequesterReply.citations: array expected");
                    message.citations = $Array(object.citations.length);
                    for (let i = 0; i < object.citations.length; ++i)
                        message.citations[i] = $String(object.citations[i]);
                }
                if (object.pack != null) {
                    if (!$util.isObject(object.pack))
                        throw $TypeError(".ilr.v1.RequesterReply.pack: object expected");
                    message.pack = $root.ilr.v1.PackRef.fromObject(object.pack, _depth + 1);
                }
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                return message;
            };

            /**
             * Creates a plain object from a RequesterReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ilr.v1.RequesterReply
             * @static
             * @param {ilr.v1.RequesterReply} message RequesterReply
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RequesterReply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.disclosed = [];
                    object.citations = [];
                }
                if (options.defaults) {
                    object.outcome = options.enums === $String ? "OUTCOME_UNSPECIFIED" : 0;
                    object.reasonCode = options.enums === $String ? "REASON_CODE_UNSPECIFIED" : 0;
                    object.referTo = "";
                    object.pack = null;
                    object.message = "";
                }
                if (message.outcome != null && $Object.hasOwnProperty.call(message, "outcome"))
                    object.outcome = options.enums === $String ? $root.ilr.v1.Outcome[message.outcome] === $undefined ? message.outcome : $root.ilr.v1.Outcome[message.outcome] : message.outcome;
                if (message.reasonCode != null && $Object.hasOwnProperty.call(message, "reasonCode"))
                    object.reasonCode = options.enums === $String ? $root.ilr.v1.ReasonCode[message.reasonCode] === $undefined ? message.reasonCode : $root.ilr.v1.ReasonCode[message.reasonCode] : message.reasonCode;
                if (message.disclosed && message.disclosed.length) {
                    object.disclosed = $Array(message.disclosed.length);
                    for (let j = 0; j < message.disclosed.length; ++j)
                        object.disclosed[j] = options.enums === $String ? $root.ilr.v1.DataClass[message.disclosed[j]] === $undefined ? message.disclosed[j] : $root.ilr.v1.DataClass[message.disclosed[j]] : message.disclosed[j];
                }
                if (message.referTo != null && $Object.hasOwnProperty.call(message, "referTo"))
                    object.referTo = message.referTo;
                if (message.citations && message.citations.length) {
                    object.citations = $Array(message.citations.length);
                    for (let j = 0; j < message.citations.length; ++j)
                        object.citations[j] = message.citations[j];
                }
                if (message.pack != null && $Object.hasOwnProperty.call(message, "pack"))
                    object.pack = $root.ilr.v1.PackRef.toObject(message.pack, options, _depth + 1);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                return object;
            };

            /**
             * Converts this RequesterReply to JSON.
             * @function toJSON
             * @memberof ilr.v1.RequesterReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RequesterReply.prototype.toJSON = function() {
                return RequesterReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            return RequesterReply;
        })();

        v1.ErrorReply = (function() {

            /**
             * Properties of an ErrorReply.
             * @typedef {Object} ilr.v1.ErrorReply.$Properties
             * @property {string|null} [messageId] ErrorReply messageId
             * @property {string|null} [code] ErrorReply code
             * @property {string|null} [reason] ErrorReply reason
             * @property {string|null} [field] ErrorReply field
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ErrorReply.
             * @memberof ilr.v1
             * @interface IErrorReply
             * @augments ilr.v1.ErrorReply.$Properties
             * @deprecated Use ilr.v1.ErrorReply.$Properties instead.
             */

            /**
             * Shape of an ErrorReply.
             * @typedef {ilr.v1.ErrorReply.$Properties} ilr.v1.ErrorReply.$Shape
             */

            /**
             * Constructs a new ErrorReply.
             * @memberof ilr.v1
             * @classdesc Represents an ErrorReply.
             * @constructor
             * @param {ilr.v1.ErrorReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ErrorReply = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ErrorReply messageId.
             * @member {string} messageId
             * @memberof ilr.v1.ErrorReply
             * @instance
             */
            ErrorReply.prototype.messageId = "";

            /**
             * ErrorReply code.
             * @member {string} code
             * @memberof ilr.v1.ErrorReply
             * @instance
             */
            ErrorReply.prototype.code = "";

            /**
             * ErrorReply reason.
             * @member {string} reason
             * @memberof ilr.v1.ErrorReply
             * @instance
             */
            ErrorReply.prototype.reason = "";

            /**
             * ErrorReply field.
             * @member {string|null|undefined} field
             * @memberof ilr.v1.ErrorReply
             * @instance
             */
            ErrorReply.prototype.field = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(ErrorReply.prototype, "_field", {
                get: $util.oneOfGetter($oneOfFields = ["field"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new ErrorReply instance using the specified properties.
             * @function create
             * @memberof ilr.v1.ErrorReply
             * @static
             * @param {ilr.v1.ErrorReply.$Properties=} [properties] Properties to set
             * @returns {ilr.v1.ErrorReply} ErrorReply instance
             * @type {{
             *   (properties: ilr.v1.ErrorReply.$Shape): ilr.v1.ErrorReply & ilr.v1.ErrorReply.$Shape;
             *   (properties?: ilr.v1.ErrorReply.$Properties): ilr.v1.ErrorReply;
             * }}
             */
            ErrorReply.create = function(properties) {
                return new ErrorReply(properties);
            };

            /**
             * Encodes the specified ErrorReply message. Does not implicitly {@link ilr.v1.ErrorReply.verify|verify} messages.
             * @function encode
             * @memberof ilr.v1.ErrorReply
             * @static
             * @param {ilr.v1.ErrorReply.$Properties} message ErrorReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ErrorReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId") && message.messageId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.messageId);
                if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.code);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.reason);
                if (message.field != null && $Object.hasOwnProperty.call(message, "field"))
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.field);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an ErrorReply message from the specified reader or buffer.
             * @function decode
             * @memberof ilr.v1.ErrorReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ilr.v1.ErrorReply & ilr.v1.ErrorReply.$Shape} ErrorReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ErrorReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ilr.v1.ErrorReply();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.messageId = value;
                            else
                                delete message.messageId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.code = value;
                            else
                                delete message.code;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.field = reader.stringVerify();
                            message._field = "field";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an ErrorReply message.
             * @function verify
             * @memberof ilr.v1.ErrorReply
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ErrorReply.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    if (!$util.isString(message.messageId))
                        return "messageId: string expected";
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    if (!$util.isString(message.code))
                        return "code: string expected";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    if (!$util.isString(message.reason))
                        return "reason: string expected";
                if (message.field != null && $Object.hasOwnProperty.call(message, "field")) {
                    properties._field = 1;
                    if (!$util.isString(message.field))
                        return "field: string expected";
                }
                return null;
            };

            /**
             * Creates an ErrorReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ilr.v1.ErrorReply
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ilr.v1.ErrorReply} ErrorReply
             */
            ErrorReply.fromObject = function (object, _depth) {
                if (object instanceof $root.ilr.v1.ErrorReply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ilr.v1.ErrorReply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ilr.v1.ErrorReply();
                if (object.messageId != null)
                    if (typeof object.messageId !== "string" || object.messageId.length)
                        message.messageId = $String(object.messageId);
                if (object.code != null)
                    if (typeof object.code !== "string" || object.code.length)
                        message.code = $String(object.code);
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                if (object.field != null)
                    message.field = $String(object.field);
                return message;
            };

            /**
             * Creates a plain object from an ErrorReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ilr.v1.ErrorReply
             * @static
             * @param {ilr.v1.ErrorReply} message ErrorReply
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ErrorReply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.messageId = "";
                    object.code = "";
                    object.reason = "";
                }
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    object.messageId = message.messageId;
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    object.code = message.code;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                if (message.field != null && $Object.hasOwnProperty.call(message, "field"))
                    object.field = message.field;
                return object;
            };

            /**
             * Converts this ErrorReply to JSON.
             * @function toJSON
             * @memberof ilr.v1.ErrorReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ErrorReply.prototype.toJSON = function() {
                return ErrorReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ErrorReply;
        })();

        /**
         * MessageKind enum.
         * @name ilr.v1.MessageKind
         * @enum {number}
         * @property {number} MESSAGE_KIND_UNSPECIFIED=0 MESSAGE_KIND_UNSPECIFIED value
         * @property {number} MESSAGE_KIND_ITEM_FOUND=1 MESSAGE_KIND_ITEM_FOUND value
         * @property {number} MESSAGE_KIND_RECOVERY_NOTICE=2 MESSAGE_KIND_RECOVERY_NOTICE value
         * @property {number} MESSAGE_KIND_PATRON_INQUIRY=3 MESSAGE_KIND_PATRON_INQUIRY value
         * @property {number} MESSAGE_KIND_ACCOUNT_INQUIRY=4 MESSAGE_KIND_ACCOUNT_INQUIRY value
         * @property {number} MESSAGE_KIND_LOAN_REQUEST=5 MESSAGE_KIND_LOAN_REQUEST value
         * @property {number} MESSAGE_KIND_SUPPLIER_STATUS=6 MESSAGE_KIND_SUPPLIER_STATUS value
         * @property {number} MESSAGE_KIND_REQUESTER_ACTION=7 MESSAGE_KIND_REQUESTER_ACTION value
         * @property {number} MESSAGE_KIND_HOLD_PICKUP=8 MESSAGE_KIND_HOLD_PICKUP value
         * @property {number} MESSAGE_KIND_LEGAL_PROCESS=9 MESSAGE_KIND_LEGAL_PROCESS value
         */
        v1.MessageKind = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "MESSAGE_KIND_UNSPECIFIED"] = 0;
            values[valuesById[1] = "MESSAGE_KIND_ITEM_FOUND"] = 1;
            values[valuesById[2] = "MESSAGE_KIND_RECOVERY_NOTICE"] = 2;
            values[valuesById[3] = "MESSAGE_KIND_PATRON_INQUIRY"] = 3;
            values[valuesById[4] = "MESSAGE_KIND_ACCOUNT_INQUIRY"] = 4;
            values[valuesById[5] = "MESSAGE_KIND_LOAN_REQUEST"] = 5;
            values[valuesById[6] = "MESSAGE_KIND_SUPPLIER_STATUS"] = 6;
            values[valuesById[7] = "MESSAGE_KIND_REQUESTER_ACTION"] = 7;
            values[valuesById[8] = "MESSAGE_KIND_HOLD_PICKUP"] = 8;
            values[valuesById[9] = "MESSAGE_KIND_LEGAL_PROCESS"] = 9;
            return values;
        })();

        /**
         * DataClass enum.
         * @name ilr.v1.DataClass
         * @enum {number}
         * @property {number} DATA_CLASS_UNSPECIFIED=0 DATA_CLASS_UNSPECIFIED value
         * @property {number} DATA_CLASS_EXISTENCE=1 DATA_CLASS_EXISTENCE value
         * @property {number} DATA_CLASS_IDENTITY=2 DATA_CLASS_IDENTITY value
         * @property {number} DATA_CLASS_CONTACT=3 DATA_CLASS_CONTACT value
         * @property {number} DATA_CLASS_CIRCULATION=4 DATA_CLASS_CIRCULATION value
         * @property {number} DATA_CLASS_HOLDS=5 DATA_CLASS_HOLDS value
         * @property {number} DATA_CLASS_OVERDUE=6 DATA_CLASS_OVERDUE value
         * @property {number} DATA_CLASS_FEES=7 DATA_CLASS_FEES value
         * @property {number} DATA_CLASS_HISTORY=8 DATA_CLASS_HISTORY value
         * @property {number} DATA_CLASS_GUARDIAN_IDENTITY=11 DATA_CLASS_GUARDIAN_IDENTITY value
         * @property {number} DATA_CLASS_SURVEILLANCE_RECORDS=12 DATA_CLASS_SURVEILLANCE_RECORDS value
         */
        v1.DataClass = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "DATA_CLASS_UNSPECIFIED"] = 0;
            values[valuesById[1] = "DATA_CLASS_EXISTENCE"] = 1;
            values[valuesById[2] = "DATA_CLASS_IDENTITY"] = 2;
            values[valuesById[3] = "DATA_CLASS_CONTACT"] = 3;
            values[valuesById[4] = "DATA_CLASS_CIRCULATION"] = 4;
            values[valuesById[5] = "DATA_CLASS_HOLDS"] = 5;
            values[valuesById[6] = "DATA_CLASS_OVERDUE"] = 6;
            values[valuesById[7] = "DATA_CLASS_FEES"] = 7;
            values[valuesById[8] = "DATA_CLASS_HISTORY"] = 8;
            values[valuesById[11] = "DATA_CLASS_GUARDIAN_IDENTITY"] = 11;
            values[valuesById[12] = "DATA_CLASS_SURVEILLANCE_RECORDS"] = 12;
            return values;
        })();

        /**
         * Want enum.
         * @name ilr.v1.Want
         * @enum {number}
         * @property {number} WANT_UNSPECIFIED=0 WANT_UNSPECIFIED value
         * @property {number} WANT_EXISTENCE=1 WANT_EXISTENCE value
         * @property {number} WANT_IDENTITY=2 WANT_IDENTITY value
         * @property {number} WANT_CONTACT=3 WANT_CONTACT value
         * @property {number} WANT_CIRCULATION=4 WANT_CIRCULATION value
         * @property {number} WANT_HOLDS=5 WANT_HOLDS value
         * @property {number} WANT_OVERDUE=6 WANT_OVERDUE value
         * @property {number} WANT_FEES=7 WANT_FEES value
         * @property {number} WANT_HISTORY=8 WANT_HISTORY value
         * @property {number} WANT_ACCOUNT_ACTION=9 WANT_ACCOUNT_ACTION value
         * @property {number} WANT_NOTICE_TO_PATRON=10 WANT_NOTICE_TO_PATRON value
         * @property {number} WANT_GUARDIAN_IDENTITY=11 WANT_GUARDIAN_IDENTITY value
         * @property {number} WANT_SURVEILLANCE_RECORDS=12 WANT_SURVEILLANCE_RECORDS value
         */
        v1.Want = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "WANT_UNSPECIFIED"] = 0;
            values[valuesById[1] = "WANT_EXISTENCE"] = 1;
            values[valuesById[2] = "WANT_IDENTITY"] = 2;
            values[valuesById[3] = "WANT_CONTACT"] = 3;
            values[valuesById[4] = "WANT_CIRCULATION"] = 4;
            values[valuesById[5] = "WANT_HOLDS"] = 5;
            values[valuesById[6] = "WANT_OVERDUE"] = 6;
            values[valuesById[7] = "WANT_FEES"] = 7;
            values[valuesById[8] = "WANT_HISTORY"] = 8;
            values[valuesById[9] = "WANT_ACCOUNT_ACTION"] = 9;
            values[valuesById[10] = "WANT_NOTICE_TO_PATRON"] = 10;
            values[valuesById[11] = "WANT_GUARDIAN_IDENTITY"] = 11;
            values[valuesById[12] = "WANT_SURVEILLANCE_RECORDS"] = 12;
            return values;
        })();

        /**
         * LegalBasis enum.
         * @name ilr.v1.LegalBasis
         * @enum {number}
         * @property {number} LEGAL_BASIS_UNSPECIFIED=0 LEGAL_BASIS_UNSPECIFIED value
         * @property {number} LEGAL_BASIS_NONE=1 LEGAL_BASIS_NONE value
         * @property {number} LEGAL_BASIS_PATRON_WRITTEN_CONSENT=2 LEGAL_BASIS_PATRON_WRITTEN_CONSENT value
         * @property {number} LEGAL_BASIS_PATRON_REQUEST=3 LEGAL_BASIS_PATRON_REQUEST value
         * @property {number} LEGAL_BASIS_LIBRARY_OPERATIONS=4 LEGAL_BASIS_LIBRARY_OPERATIONS value
         * @property {number} LEGAL_BASIS_INTERLIBRARY_COOPERATION=5 LEGAL_BASIS_INTERLIBRARY_COOPERATION value
         * @property {number} LEGAL_BASIS_MATERIAL_RECOVERY=6 LEGAL_BASIS_MATERIAL_RECOVERY value
         * @property {number} LEGAL_BASIS_COLLECTION_AGENCY=7 LEGAL_BASIS_COLLECTION_AGENCY value
         * @property {number} LEGAL_BASIS_PARENT_OF_MINOR=8 LEGAL_BASIS_PARENT_OF_MINOR value
         * @property {number} LEGAL_BASIS_COURT_ORDER=9 LEGAL_BASIS_COURT_ORDER value
         * @property {number} LEGAL_BASIS_SUBPOENA=10 LEGAL_BASIS_SUBPOENA value
         * @property {number} LEGAL_BASIS_SEARCH_WARRANT=11 LEGAL_BASIS_SEARCH_WARRANT value
         * @property {number} LEGAL_BASIS_NATIONAL_SECURITY_LETTER=12 LEGAL_BASIS_NATIONAL_SECURITY_LETTER value
         * @property {number} LEGAL_BASIS_FISA_ORDER=13 LEGAL_BASIS_FISA_ORDER value
         * @property {number} LEGAL_BASIS_REQUIRED_BY_LAW=14 LEGAL_BASIS_REQUIRED_BY_LAW value
         * @property {number} LEGAL_BASIS_LAW_ENFORCEMENT_EMERGENCY=15 LEGAL_BASIS_LAW_ENFORCEMENT_EMERGENCY value
         */
        v1.LegalBasis = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "LEGAL_BASIS_UNSPECIFIED"] = 0;
            values[valuesById[1] = "LEGAL_BASIS_NONE"] = 1;
            values[valuesById[2] = "LEGAL_BASIS_PATRON_WRITTEN_CONSENT"] = 2;
            values[valuesById[3] = "LEGAL_BASIS_PATRON_REQUEST"] = 3;
            values[valuesById[4] = "LEGAL_BASIS_LIBRARY_OPERATIONS"] = 4;
            values[valuesById[5] = "LEGAL_BASIS_INTERLIBRARY_COOPERATION"] = 5;
            values[valuesById[6] = "LEGAL_BASIS_MATERIAL_RECOVERY"] = 6;
            values[valuesById[7] = "LEGAL_BASIS_COLLECTION_AGENCY"] = 7;
            values[valuesById[8] = "LEGAL_BASIS_PARENT_OF_MINOR"] = 8;
            values[valuesById[9] = "LEGAL_BASIS_COURT_ORDER"] = 9;
            values[valuesById[10] = "LEGAL_BASIS_SUBPOENA"] = 10;
            values[valuesById[11] = "LEGAL_BASIS_SEARCH_WARRANT"] = 11;
            values[valuesById[12] = "LEGAL_BASIS_NATIONAL_SECURITY_LETTER"] = 12;
            values[valuesById[13] = "LEGAL_BASIS_FISA_ORDER"] = 13;
            values[valuesById[14] = "LEGAL_BASIS_REQUIRED_BY_LAW"] = 14;
            values[valuesById[15] = "LEGAL_BASIS_LAW_ENFORCEMENT_EMERGENCY"] = 15;
            return values;
        })();

        /**
         * Purpose enum.
         * @name ilr.v1.Purpose
         * @enum {number}
         * @property {number} PURPOSE_UNSPECIFIED=0 PURPOSE_UNSPECIFIED value
         * @property {number} PURPOSE_MATERIAL_RECOVERY=1 PURPOSE_MATERIAL_RECOVERY value
         * @property {number} PURPOSE_FINE_COLLECTION=2 PURPOSE_FINE_COLLECTION value
         * @property {number} PURPOSE_RESOURCE_SHARING=3 PURPOSE_RESOURCE_SHARING value
         * @property {number} PURPOSE_ACCOUNT_SERVICE=4 PURPOSE_ACCOUNT_SERVICE value
         * @property {number} PURPOSE_INVESTIGATION=5 PURPOSE_INVESTIGATION value
         * @property {number} PURPOSE_RECORDS_REQUEST=6 PURPOSE_RECORDS_REQUEST value
         * @property {number} PURPOSE_WELFARE=7 PURPOSE_WELFARE value
         * @property {number} PURPOSE_OTHER=8 PURPOSE_OTHER value
         */
        v1.Purpose = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "PURPOSE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "PURPOSE_MATERIAL_RECOVERY"] = 1;
            values[valuesById[2] = "PURPOSE_FINE_COLLECTION"] = 2;
            values[valuesById[3] = "PURPOSE_RESOURCE_SHARING"] = 3;
            values[valuesById[4] = "PURPOSE_ACCOUNT_SERVICE"] = 4;
            values[valuesById[5] = "PURPOSE_INVESTIGATION"] = 5;
            values[valuesById[6] = "PURPOSE_RECORDS_REQUEST"] = 6;
            values[valuesById[7] = "PURPOSE_WELFARE"] = 7;
            values[valuesById[8] = "PURPOSE_OTHER"] = 8;
            return values;
        })();

        /**
         * Agency enum.
         * @name ilr.v1.Agency
         * @enum {number}
         * @property {number} AGENCY_UNSPECIFIED=0 AGENCY_UNSPECIFIED value
         * @property {number} AGENCY_POLICE=1 AGENCY_POLICE value
         * @property {number} AGENCY_PROSECUTOR=2 AGENCY_PROSECUTOR value
         * @property {number} AGENCY_COURT=3 AGENCY_COURT value
         * @property {number} AGENCY_FEDERAL_AGENCY=4 AGENCY_FEDERAL_AGENCY value
         * @property {number} AGENCY_COLLECTION_AGENCY=5 AGENCY_COLLECTION_AGENCY value
         * @property {number} AGENCY_RECORDS_REQUESTER=6 AGENCY_RECORDS_REQUESTER value
         */
        v1.Agency = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "AGENCY_UNSPECIFIED"] = 0;
            values[valuesById[1] = "AGENCY_POLICE"] = 1;
            values[valuesById[2] = "AGENCY_PROSECUTOR"] = 2;
            values[valuesById[3] = "AGENCY_COURT"] = 3;
            values[valuesById[4] = "AGENCY_FEDERAL_AGENCY"] = 4;
            values[valuesById[5] = "AGENCY_COLLECTION_AGENCY"] = 5;
            values[valuesById[6] = "AGENCY_RECORDS_REQUESTER"] = 6;
            return values;
        })();

        /**
         * Relation enum.
         * @name ilr.v1.Relation
         * @enum {number}
         * @property {number} RELATION_UNSPECIFIED=0 RELATION_UNSPECIFIED value
         * @property {number} RELATION_SELF=1 RELATION_SELF value
         * @property {number} RELATION_CAREGIVER=2 RELATION_CAREGIVER value
         * @property {number} RELATION_PARENT=3 RELATION_PARENT value
         * @property {number} RELATION_SPOUSE=4 RELATION_SPOUSE value
         * @property {number} RELATION_FINDER=5 RELATION_FINDER value
         * @property {number} RELATION_OTHER=6 RELATION_OTHER value
         */
        v1.Relation = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "RELATION_UNSPECIFIED"] = 0;
            values[valuesById[1] = "RELATION_SELF"] = 1;
            values[valuesById[2] = "RELATION_CAREGIVER"] = 2;
            values[valuesById[3] = "RELATION_PARENT"] = 3;
            values[valuesById[4] = "RELATION_SPOUSE"] = 4;
            values[valuesById[5] = "RELATION_FINDER"] = 5;
            values[valuesById[6] = "RELATION_OTHER"] = 6;
            return values;
        })();

        /**
         * Credential enum.
         * @name ilr.v1.Credential
         * @enum {number}
         * @property {number} CREDENTIAL_UNSPECIFIED=0 CREDENTIAL_UNSPECIFIED value
         * @property {number} CREDENTIAL_CARD=1 CREDENTIAL_CARD value
         * @property {number} CREDENTIAL_CARD_NUMBER=2 CREDENTIAL_CARD_NUMBER value
         * @property {number} CREDENTIAL_CARD_NUMBER_AND_PIN=3 CREDENTIAL_CARD_NUMBER_AND_PIN value
         * @property {number} CREDENTIAL_NAME_ONLY=4 CREDENTIAL_NAME_ONLY value
         * @property {number} CREDENTIAL_PHOTO_ID=5 CREDENTIAL_PHOTO_ID value
         * @property {number} CREDENTIAL_NONE=6 CREDENTIAL_NONE value
         */
        v1.Credential = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "CREDENTIAL_UNSPECIFIED"] = 0;
            values[valuesById[1] = "CREDENTIAL_CARD"] = 1;
            values[valuesById[2] = "CREDENTIAL_CARD_NUMBER"] = 2;
            values[valuesById[3] = "CREDENTIAL_CARD_NUMBER_AND_PIN"] = 3;
            values[valuesById[4] = "CREDENTIAL_NAME_ONLY"] = 4;
            values[valuesById[5] = "CREDENTIAL_PHOTO_ID"] = 5;
            values[valuesById[6] = "CREDENTIAL_NONE"] = 6;
            return values;
        })();

        /**
         * ProcessType enum.
         * @name ilr.v1.ProcessType
         * @enum {number}
         * @property {number} PROCESS_TYPE_UNSPECIFIED=0 PROCESS_TYPE_UNSPECIFIED value
         * @property {number} PROCESS_TYPE_SUBPOENA=1 PROCESS_TYPE_SUBPOENA value
         * @property {number} PROCESS_TYPE_COURT_ORDER=2 PROCESS_TYPE_COURT_ORDER value
         * @property {number} PROCESS_TYPE_SEARCH_WARRANT=3 PROCESS_TYPE_SEARCH_WARRANT value
         * @property {number} PROCESS_TYPE_NATIONAL_SECURITY_LETTER=4 PROCESS_TYPE_NATIONAL_SECURITY_LETTER value
         * @property {number} PROCESS_TYPE_FISA_ORDER=5 PROCESS_TYPE_FISA_ORDER value
         */
        v1.ProcessType = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "PROCESS_TYPE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "PROCESS_TYPE_SUBPOENA"] = 1;
            values[valuesById[2] = "PROCESS_TYPE_COURT_ORDER"] = 2;
            values[valuesById[3] = "PROCESS_TYPE_SEARCH_WARRANT"] = 3;
            values[valuesById[4] = "PROCESS_TYPE_NATIONAL_SECURITY_LETTER"] = 4;
            values[valuesById[5] = "PROCESS_TYPE_FISA_ORDER"] = 5;
            return values;
        })();

        /**
         * Issuer enum.
         * @name ilr.v1.Issuer
         * @enum {number}
         * @property {number} ISSUER_UNSPECIFIED=0 ISSUER_UNSPECIFIED value
         * @property {number} ISSUER_FEDERAL=1 ISSUER_FEDERAL value
         * @property {number} ISSUER_STATE=2 ISSUER_STATE value
         * @property {number} ISSUER_MUNICIPAL=3 ISSUER_MUNICIPAL value
         * @property {number} ISSUER_PRIVATE=4 ISSUER_PRIVATE value
         */
        v1.Issuer = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "ISSUER_UNSPECIFIED"] = 0;
            values[valuesById[1] = "ISSUER_FEDERAL"] = 1;
            values[valuesById[2] = "ISSUER_STATE"] = 2;
            values[valuesById[3] = "ISSUER_MUNICIPAL"] = 3;
            values[valuesById[4] = "ISSUER_PRIVATE"] = 4;
            return values;
        })();

        /**
         * Outcome enum.
         * @name ilr.v1.Outcome
         * @enum {number}
         * @property {number} OUTCOME_UNSPECIFIED=0 OUTCOME_UNSPECIFIED value
         * @property {number} OUTCOME_RELAY=1 OUTCOME_RELAY value
         * @property {number} OUTCOME_REFER=2 OUTCOME_REFER value
         * @property {number} OUTCOME_REFUSE=3 OUTCOME_REFUSE value
         * @property {number} OUTCOME_REVIEW=4 OUTCOME_REVIEW value
         */
        v1.Outcome = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "OUTCOME_UNSPECIFIED"] = 0;
            values[valuesById[1] = "OUTCOME_RELAY"] = 1;
            values[valuesById[2] = "OUTCOME_REFER"] = 2;
            values[valuesById[3] = "OUTCOME_REFUSE"] = 3;
            values[valuesById[4] = "OUTCOME_REVIEW"] = 4;
            return values;
        })();

        /**
         * ReviewRoute enum.
         * @name ilr.v1.ReviewRoute
         * @enum {number}
         * @property {number} REVIEW_ROUTE_UNSPECIFIED=0 REVIEW_ROUTE_UNSPECIFIED value
         * @property {number} REVIEW_ROUTE_DIRECTOR=1 REVIEW_ROUTE_DIRECTOR value
         * @property {number} REVIEW_ROUTE_RECORDS_CUSTODIAN=2 REVIEW_ROUTE_RECORDS_CUSTODIAN value
         */
        v1.ReviewRoute = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "REVIEW_ROUTE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "REVIEW_ROUTE_DIRECTOR"] = 1;
            values[valuesById[2] = "REVIEW_ROUTE_RECORDS_CUSTODIAN"] = 2;
            return values;
        })();

        /**
         * NoticeDetail enum.
         * @name ilr.v1.NoticeDetail
         * @enum {number}
         * @property {number} NOTICE_DETAIL_UNSPECIFIED=0 NOTICE_DETAIL_UNSPECIFIED value
         * @property {number} NOTICE_DETAIL_GENERIC=1 NOTICE_DETAIL_GENERIC value
         * @property {number} NOTICE_DETAIL_DETAILED=2 NOTICE_DETAIL_DETAILED value
         */
        v1.NoticeDetail = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "NOTICE_DETAIL_UNSPECIFIED"] = 0;
            values[valuesById[1] = "NOTICE_DETAIL_GENERIC"] = 1;
            values[valuesById[2] = "NOTICE_DETAIL_DETAILED"] = 2;
            return values;
        })();

        /**
         * ReasonCode enum.
         * @name ilr.v1.ReasonCode
         * @enum {number}
         * @property {number} REASON_CODE_UNSPECIFIED=0 REASON_CODE_UNSPECIFIED value
         * @property {number} REASON_CODE_RELAYED=1 REASON_CODE_RELAYED value
         * @property {number} REASON_CODE_NO_PATRON_DATA=2 REASON_CODE_NO_PATRON_DATA value
         * @property {number} REASON_CODE_REFERRED_TO_REGISTERING_LIBRARY=3 REASON_CODE_REFERRED_TO_REGISTERING_LIBRARY value
         * @property {number} REASON_CODE_HELD_FOR_REVIEW=4 REASON_CODE_HELD_FOR_REVIEW value
         * @property {number} REASON_CODE_NO_LEGAL_BASIS=5 REASON_CODE_NO_LEGAL_BASIS value
         * @property {number} REASON_CODE_NOT_PERMITTED=6 REASON_CODE_NOT_PERMITTED value
         */
        v1.ReasonCode = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "REASON_CODE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "REASON_CODE_RELAYED"] = 1;
            values[valuesById[2] = "REASON_CODE_NO_PATRON_DATA"] = 2;
            values[valuesById[3] = "REASON_CODE_REFERRED_TO_REGISTERING_LIBRARY"] = 3;
            values[valuesById[4] = "REASON_CODE_HELD_FOR_REVIEW"] = 4;
            values[valuesById[5] = "REASON_CODE_NO_LEGAL_BASIS"] = 5;
            values[valuesById[6] = "REASON_CODE_NOT_PERMITTED"] = 6;
            return values;
        })();

        /**
         * CitationStatus enum.
         * @name ilr.v1.CitationStatus
         * @enum {number}
         * @property {number} CITATION_STATUS_UNSPECIFIED=0 CITATION_STATUS_UNSPECIFIED value
         * @property {number} CITATION_STATUS_VERIFIED=1 CITATION_STATUS_VERIFIED value
         * @property {number} CITATION_STATUS_UNVERIFIED=2 CITATION_STATUS_UNVERIFIED value
         * @property {number} CITATION_STATUS_READING=3 CITATION_STATUS_READING value
         */
        v1.CitationStatus = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "CITATION_STATUS_UNSPECIFIED"] = 0;
            values[valuesById[1] = "CITATION_STATUS_VERIFIED"] = 1;
            values[valuesById[2] = "CITATION_STATUS_UNVERIFIED"] = 2;
            values[valuesById[3] = "CITATION_STATUS_READING"] = 3;
            return values;
        })();

        v1.Requester = (function() {

            /**
             * Properties of a Requester.
             * @typedef {Object} ilr.v1.Requester.$Properties
             * @property {string|null} [library] Requester library
             * @property {ilr.v1.AgencyRequester.$Properties|null} [agency] Requester agency
             * @property {ilr.v1.PersonRequester.$Properties|null} [person] Requester person
             * @property {"library"|"agency"|"person"} [type] Requester type
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Requester.
             * @memberof ilr.v1
             * @interface IRequester
             * @augments ilr.v1.Requester.$Properties
             * @deprecated Use ilr.v1.Requester.$Properties instead.
             */

            /**
             * Narrowed shape of a Requester.
             * @typedef {{
             *   library?: string|null;
             *   agency?: ilr.v1.AgencyRequester.$Shape|null;
             *   person?: ilr.v1.PersonRequester.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ type?: undefined; library?: null; agency?: null; person?: null }|{ type?: "library"; library: string; agency?: null; person?: null }|{ type?: "agency"; library?: null; agency: ilr.v1.AgencyRequester.$Shape; person?: null }|{ type?: "person"; library?: null; agency?: null; person: ilr.v1.PersonRequester.$Shape })
             * )} ilr.v1.Requester.$Shape
             */

            /**
             * Constructs a new Requester.
             * @memberof ilr.v1
             * @classdesc Represents a Requester.
             * @constructor
             * @param {ilr.v1.Requester.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Requester = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Requester library.
             * @member {string|null|undefined} library
             * @memberof ilr.v1.Requester
             * @instance
             */
            Requester.prototype.library = null;

            /**
             * Requester agency.
             * @member {ilr.v1.AgencyRequester.$Properties|null|undefined} agency
             * @memberof ilr.v1.Requester
             * @instance
             */
            Requester.prototype.agency = null;

            /**
             * Requester person.
             * @member {ilr.v1.PersonRequester.$Properties|null|undefined} person
             * @memberof ilr.v1.Requester
             * @instance
             */
            Requester.prototype.person = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Requester type.
             * @member {"library"|"agency"|"person"|undefined} type
             * @memberof ilr.v1.Requester
             * @instance
             */
            $Object.defineProperty(Requester.prototype, "type", {
                get: $util.oneOfGetter($oneOfFields = ["library", "agency", "person"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Requester instance using the specified properties.
             * @function create
             * @memberof ilr.v1.Requester
             * @static
             * @param {ilr.v1.Requester.$Properties=} [properties] Properties to set
             * @returns {ilr.v1.Requester} Requester instance
             * @type {{
             *   (properties: ilr.v1.Requester.$Shape): ilr.v1.Requester & ilr.v1.Requester.$Shape;
             *   (properties?: ilr.v1.Requester.$Properties): ilr.v1.Requester;
             * }}
             */
            Requester.create = function(properties) {
                return new Requester(properties);
            };

            /**
             * Encodes the specified Requester message. Does not implicitly {@link ilr.v1.Requester.verify|verify} messages.
             * @function encode
             * @memberof ilr.v1.Requester
             * @static
             * @param {ilr.v1.Requester.$Properties} message Requester message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Requester.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.library != null && $Object.hasOwnProperty.call(message, "library"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.library);
                if (message.agency != null && $Object.hasOwnProperty.call(message, "agency"))
                    $root.ilr.v1.AgencyRequester.encode(message.agency, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.person != null && $Object.hasOwnProperty.call(message, "person"))
                    $root.ilr.v1.PersonRequester.encode(message.person, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Requester message from the specified reader or buffer.
             * @function decode
             * @memberof ilr.v1.Requester
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ilr.v1.Requester & ilr.v1.Requester.$Shape} Requester
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Requester.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ilr.v1.Requester();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.library = reader.stringVerify();
                            message.type = "library";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.agency = $root.ilr.v1.AgencyRequester.decode(reader, reader.size(), $undefined, _depth + 1, message.agency);
                            message.type = "agency";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.person = $root.ilr.v1.PersonRequester.decode(reader, reader.size(), $undefined, _depth + 1, message.person);
                            message.type = "person";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a Requester message.
             * @function verify
             * @memberof ilr.v1.Requester
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Requester.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.library != null && $Object.hasOwnProperty.call(message, "library")) {
                    properties.type = 1;
                    if (!$util.isString(message.library))
                        return "library: string expected";
                }
                if (message.agency != null && $Object.hasOwnProperty.call(message, "agency")) {
                    if (properties.type === 1)
                        return "type: multiple values";
                    properties.type = 1;
                    {
                        let error = $root.ilr.v1.AgencyRequester.verify(message.agency, _depth + 1);
                        if (error)
                            return "agency." + error;
                    }
                }
                if (message.person != null && $Object.hasOwnProperty.call(message, "person")) {
                    if (properties.type === 1)
                        return "type: multiple values";
                    properties.type = 1;
                    {
                        let error = $root.ilr.v1.PersonRequester.verify(message.person, _depth + 1);
                        if (error)
                            return "person." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a Requester message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ilr.v1.Requester
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ilr.v1.Requester} Requester
             */
            Requester.fromObject = function (object, _depth) {
                if (object instanceof $root.ilr.v1.Requester)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ilr.v1.Requester: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ilr.v1.Requester();
                if (object.library != null)
                    message.library = $String(object.library);
                if (object.agency != null) {
                    if (!$util.isObject(object.agency))
                        throw $TypeError(".ilr.v1.Requester.agency: object expected");
                    message.agency = $root.ilr.v1.AgencyRequester.fromObject(object.agency, _depth + 1);
                }
                if (object.person != null) {
                    if (!$util.isObject(object.person))
                        throw $TypeError(".ilr.v1.Requester.person: object expected");
                    message.person = $root.ilr.v1.PersonRequester.fromObject(object.person, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a Requester message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ilr.v1.Requester
             * @static
             * @param {ilr.v1.Requester} message Requester
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Requester.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (message.library != null && $Object.hasOwnProperty.call(message, "library")) {
                    object.library = message.library;
                    if (options.oneofs)
                        object.type = "library";
                }
                if (message.agency != null && $Object.hasOwnProperty.call(message, "agency")) {
                    object.agency = $root.ilr.v1.AgencyRequester.toObject(message.agency, options, _depth + 1);
                    if (options.oneofs)
                        object.type = "agency";
                }
                if (message.person != null && $Object.hasOwnProperty.call(message, "person")) {
                    object.person = $root.ilr.v1.PersonRequester.toObject(message.person, options, _depth + 1);
                    if (options.oneofs)
                        object.type = "person";
                }
                return object;
            };

            /**
             * Converts this Requester to JSON.
             * @function toJSON
             * @memberof ilr.v1.Requester
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Requester.prototype.toJSON = function() {
                return Requester.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Requester;
        })();

        v1.AgencyRequester = (function() {

            /**
             * Properties of an AgencyRequester.
             * @typedef {Object} ilr.v1.AgencyRequester.$Properties
             * @property {ilr.v1.Agency|null} [agency] AgencyRequester agency
             * @property {string|null} [contractedBy] AgencyRequester contractedBy
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AgencyRequester.
             * @memberof ilr.v1
             * @interface IAgencyRequester
             * @augments ilr.v1.AgencyRequester.$Properties
             * @deprecated Use ilr.v1.AgencyRequester.$Properties instead.
             */

            /**
             * Shape of an AgencyRequester.
             * @typedef {ilr.v1.AgencyRequester.$Properties} ilr.v1.AgencyRequester.$Shape
             */

            /**
             * Constructs a new AgencyRequester.
             * @memberof ilr.v1
             * @classdesc Represents an AgencyRequester.
             * @constructor
             * @param {ilr.v1.AgencyRequester.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AgencyRequester = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AgencyRequester agency.
             * @member {ilr.v1.Agency} agency
             * @memberof ilr.v1.AgencyRequester
             * @instance
             */
            AgencyRequester.prototype.agency = 0;

            /**
             * AgencyRequester contractedBy.
             * @member {string} contractedBy
             * @memberof ilr.v1.AgencyRequester
             * @instance
             */
            AgencyRequester.prototype.contractedBy = "";

            /**
             * Creates a new AgencyRequester instance using the specified properties.
             * @function create
             * @memberof ilr.v1.AgencyRequester
             * @static
             * @param {ilr.v1.AgencyRequester.$Properties=} [properties] Properties to set
             * @returns {ilr.v1.AgencyRequester} AgencyRequester instance
             * @type {{
             *   (properties: ilr.v1.AgencyRequester.$Shape): ilr.v1.AgencyRequester & ilr.v1.AgencyRequester.$Shape;
             *   (properties?: ilr.v1.AgencyRequester.$Properties): ilr.v1.AgencyRequester;
             * }}
             */
            AgencyRequester.create = function(properties) {
                return new AgencyRequester(properties);
            };

            /**
             * Encodes the specified AgencyRequester message. Does not implicitly {@link ilr.v1.AgencyRequester.verify|verify} messages.
             * @function encode
             * @memberof ilr.v1.AgencyRequester
             * @static
             * @param {ilr.v1.AgencyRequester.$Properties} message AgencyRequester message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AgencyRequester.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.agency != null && $Object.hasOwnProperty.call(message, "agency") && message.agency !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.agency);
                if (message.contractedBy != null && $Object.hasOwnProperty.call(message, "contractedBy") && message.contractedBy !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.contractedBy);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AgencyRequester message from the specified reader or buffer.
             * @function decode
             * @memberof ilr.v1.AgencyRequester
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ilr.v1.AgencyRequester & ilr.v1.AgencyRequester.$Shape} AgencyRequester
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AgencyRequester.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ilr.v1.AgencyRequester();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.agency = value;
                            else
                                delete message.agency;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.contractedBy = value;
                            else
                                delete message.contractedBy;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an AgencyRequester message.
             * @function verify
             * @memberof ilr.v1.AgencyRequester
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            AgencyRequester.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.agency != null && $Object.hasOwnProperty.call(message, "agency"))
                    if (typeof message.agency !== "number" || (message.agency | 0) !== message.agency)
                        return "agency: enum value expected";
                if (message.contractedBy != null && $Object.hasOwnProperty.call(message, "contractedBy"))
                    if (!$util.isString(message.contractedBy))
                        return "contractedBy: string expected";
                return null;
            };

            /**
             * Creates an AgencyRequester message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ilr.v1.AgencyRequester
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ilr.v1.AgencyRequester} AgencyRequester
             */
            AgencyRequester.fromObject = function (object, _depth) {
                if (object instanceof $root.ilr.v1.AgencyRequester)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ilr.v1.AgencyRequester: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ilr.v1.AgencyRequester();
                if (object.agency !== 0 && (typeof object.agency !== "string" || $root.ilr.v1.Agency[object.agency] !== 0))
                    switch (object.agency) {
                    case "AGENCY_UNSPECIFIED":
                    case 0:
                        message.agency = 0;
                        break;
                    case "AGENCY_POLICE":
                    case 1:
                        message.agency = 1;
                        break;
                    case "AGENCY_PROSECUTOR":
                    case 2:
                        message.agency = 2;
                        break;
                    case "AGENCY_COURT":
                    case 3:
                        message.agency = 3;
                        break;
                    case "AGENCY_FEDERAL_AGENCY":
                    case 4:
                        message.agency = 4;
                        break;
                    case "AGENCY_COLLECTION_AGENCY":
                    case 5:
                        message.agency = 5;
                        break;
                    case "AGENCY_RECORDS_REQUESTER":
                    case 6:
                        message.agency = 6;
                        break;
                    default:
                        if (typeof object.agency === "number" && (object.agency | 0) === object.agency)
                            message.agency = object.agency;
                    }
                if (object.contractedBy != null)
                    if (typeof object.contractedBy !== "string" || object.contractedBy.length)
                        message.contractedBy = $String(object.contractedBy);
                return message;
            };

            /**
             * Creates a plain object from an AgencyRequester message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ilr.v1.AgencyRequester
             * @static
             * @param {ilr.v1.AgencyRequester} message AgencyRequester
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AgencyRequester.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.agency = options.enums === $String ? "AGENCY_UNSPECIFIED" : 0;
                    object.contractedBy = "";
                }
                if (message.agency != null && $Object.hasOwnProperty.call(message, "agency"))
                    object.agency = options.enums === $String ? $root.ilr.v1.Agency[message.agency] === $undefined ? message.agency : $root.ilr.v1.Agency[message.agency] : message.agency;
                if (message.contractedBy != null && $Object.hasOwnProperty.call(message, "contractedBy"))
                    object.contractedBy = message.contractedBy;
                return object;
            };

            /**
             * Converts this AgencyRequester to JSON.
             * @function toJSON
             * @memberof ilr.v1.AgencyRequester
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AgencyRequester.prototype.toJSON = function() {
                return AgencyRequester.toObject(this, $protobuf.util.toJSONOptions);
            };

            return AgencyRequester;
        })();

        v1.PersonRequester = (function() {

            /**
             * Properties of a PersonRequester.
             * @typedef {Object} ilr.v1.PersonRequester.$Properties
             * @property {ilr.v1.Relation|null} [relation] PersonRequester relation
             * @property {ilr.v1.Credential|null} [credential] PersonRequester credential
             * @property {boolean|null} [listedCaregiver] PersonRequester listedCaregiver
             * @property {boolean|null} [household] PersonRequester household
             * @property {string|null} [consentRef] PersonRequester consentRef
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PersonRequester.
             * @memberof ilr.v1
             * @interface IPersonRequester
             * @augments ilr.v1.PersonRequester.$Properties
             * @deprecated Use ilr.v1.PersonRequester.$Properties instead.
             */

            /**
             * Shape of a PersonRequester.
             * @typedef {ilr.v1.PersonRequester.$Properties} ilr.v1.PersonRequester.$Shape
             */

            /**
             * Constructs a new PersonRequester.
             * @memberof ilr.v1
             * @classdesc Represents a PersonRequester.
             * @constructor
             * @param {ilr.v1.PersonRequester.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PersonRequester = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PersonRequester relation.
             * @member {ilr.v1.Relation} relation
             * @memberof ilr.v1.PersonRequester
             * @instance
             */
            PersonRequester.prototype.relation = 0;

            /**
             * PersonRequester credential.
             * @member {ilr.v1.Credential} credential
             * @memberof ilr.v1.PersonRequester
             * @instance
             */
            PersonRequester.prototype.credential = 0;

            /**
             * PersonRequester listedCaregiver.
             * @member {boolean} listedCaregiver
             * @memberof ilr.v1.PersonRequester
             * @instance
             */
            PersonRequester.prototype.listedCaregiver = false;

            /**
             * PersonRequester household.
             * @member {boolean} household
             * @memberof ilr.v1.PersonRequester
             * @instance
             */
            PersonRequester.prototype.household = false;

            /**
             * PersonRequester consentRef.
             * @member {string} consentRef
             * @memberof ilr.v1.PersonRequester
             * @instance
             */
            PersonRequester.prototype.consentRef = "";

            /**
             * Creates a new PersonRequester instance using the specified properties.
             * @function create
             * @memberof ilr.v1.PersonRequester
             * @static
             * @param {ilr.v1.PersonRequester.$Properties=} [properties] Properties to set
             * @returns {ilr.v1.PersonRequester} PersonRequester instance
             * @type {{
             *   (properties: ilr.v1.PersonRequester.$Shape): ilr.v1.PersonRequester & ilr.v1.PersonRequester.$Shape;
             *   (properties?: ilr.v1.PersonRequester.$Properties): ilr.v1.PersonRequester;
             * }}
             */
            PersonRequester.create = function(properties) {
                return new PersonRequester(properties);
            };

            /**
             * Encodes the specified PersonRequester message. Does not implicitly {@link ilr.v1.PersonRequester.verify|verify} messages.
             * @function encode
             * @memberof ilr.v1.PersonRequester
             * @static
             * @param {ilr.v1.PersonRequester.$Properties} message PersonRequester message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PersonRequester.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.relation != null && $Object.hasOwnProperty.call(message, "relation") && message.relation !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.relation);
                if (message.credential != null && $Object.hasOwnProperty.call(message, "credential") && message.credential !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.credential);
                if (message.listedCaregiver != null && $Object.hasOwnProperty.call(message, "listedCaregiver") && message.listedCaregiver !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.listedCaregiver);
                if (message.household != null && $Object.hasOwnProperty.call(message, "household") && message.household !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.household);
                if (message.consentRef != null && $Object.hasOwnProperty.call(message, "consentRef") && message.consentRef !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.consentRef);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PersonRequester message from the specified reader or buffer.
             * @function decode
             * @memberof ilr.v1.PersonRequester
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ilr.v1.PersonRequester & ilr.v1.PersonRequester.$Shape} PersonRequester
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PersonRequester.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ilr.v1.PersonRequester();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.relation = value;
                            else
                                delete message.relation;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.credential = value;
                            else
                                delete message.credential;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.listedCaregiver = value;
                            else
                                delete message.listedCaregiver;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.household = value;
                            else
                                delete message.household;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.consentRef = value;
                            else
                                delete message.consentRef;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a PersonRequester message.
             * @function verify
             * @memberof ilr.v1.PersonRequester
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PersonRequester.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.relation != null && $Object.hasOwnProperty.call(message, "relation"))
                    if (typeof message.relation !== "number" || (message.relation | 0) !== message.relation)
                        return "relation: enum value expected";
                if (message.credential != null && $Object.hasOwnProperty.call(message, "credential"))
                    if (typeof message.credential !== "number" || (message.credential | 0) !== message.credential)
                        return "credential: enum value expected";
                if (message.listedCaregiver != null && $Object.hasOwnProperty.call(message, "listedCaregiver"))
                    if (typeof message.listedCaregiver !== "boolean")
                        return "listedCaregiver: boolean expected";
                if (message.household != null && $Object.hasOwnProperty.call(message, "household"))
                    if (typeof message.household !== "boolean")
                        return "household: boolean expected";
                if (message.consentRef != null && $Object.hasOwnProperty.call(message, "consentRef"))
                    if (!$util.isString(message.consentRef))
                        return "consentRef: string expected";
                return null;
            };

            /**
             * Creates a PersonRequester message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ilr.v1.PersonRequester
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ilr.v1.PersonRequester} PersonRequester
             */
            PersonRequester.fromObject = function (object, _depth) {
                if (object instanceof $root.ilr.v1.PersonRequester)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ilr.v1.PersonRequester: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ilr.v1.PersonRequester();
                if (object.relation !== 0 && (typeof object.relation !== "string" || $root.ilr.v1.Relation[object.relation] !== 0))
                    switch (object.relation) {
                    case "RELATION_UNSPECIFIED":
                    case 0:
                        message.relation = 0;
                        break;
                    case "RELATION_SELF":
                    case 1:
                        message.relation = 1;
                        break;
                    case "RELATION_CAREGIVER":
                    case 2:
                        message.relation = 2;
                        break;
                    case "RELATION_PARENT":
                    case 3:
                        message.relation = 3;
                        break;
                    case "RELATION_SPOUSE":
                    case 4:
                        message.relation = 4;
                        break;
                    case "RELATION_FINDER":
                    case 5:
                        message.relation = 5;
                        break;
                    case "RELATION_OTHER":
                    case 6:
                        message.relation = 6;
                        break;
                    default:
                        if (typeof object.relation === "number" && (object.relation | 0) === object.relation)
                            message.relation = object.relation;
                    }
                if (object.credential !== 0 && (typeof object.credential !== "string" || $root.ilr.v1.Credential[object.credential] !== 0))
                    switch (object.credential) {
                    case "CREDENTIAL_UNSPECIFIED":
                    case 0:
                        message.credential = 0;
                        break;
                    case "CREDENTIAL_CARD":
                    case 1:
                        message.credential = 1;
                        break;
                    case "CREDENTIAL_CARD_NUMBER":
                    case 2:
                        message.credential = 2;
                        break;
                    case "CREDENTIAL_CARD_NUMBER_AND_PIN":
                    case 3:
                        message.credential = 3;
                        break;
                    case "CREDENTIAL_NAME_ONLY":
                    case 4:
                        message.credential = 4;
                        break;
                    case "CREDENTIAL_PHOTO_ID":
                    case 5:
                        message.credential = 5;
                        break;
                    case "CREDENTIAL_NONE":
                    case 6:
                        message.credential = 6;
                        break;
                    default:
                        if (typeof object.credential === "number" && (object.credential | 0) === object.credential)
                            message.credential = object.credential;
                    }
                if (object.listedCaregiver != null)
                    if (object.listedCaregiver)
                        message.listedCaregiver = $Boolean(object.listedCaregiver);
                if (object.household != null)
                    if (object.household)
                        message.household = $Boolean(object.household);
                if (object.consentRef != null)
                    if (typeof object.consentRef !== "string" || object.consentRef.length)
                        message.consentRef = $String(object.consentRef);
                return message;
            };

            /**
             * Creates a plain object from a PersonRequester message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ilr.v1.PersonRequester
             * @static
             * @param {ilr.v1.PersonRequester} message PersonRequester
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PersonRequester.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.relation = options.enums === $String ? "RELATION_UNSPECIFIED" : 0;
                    object.credential = options.enums === $String ? "CREDENTIAL_UNSPECIFIED" : 0;
                    object.listedCaregiver = false;
                    object.household = false;
                    object.consentRef = "";
                }
                if (message.relation != null && $Object.hasOwnProperty.call(message, "relation"))
                    object.relation = options.enums === $String ? $root.ilr.v1.Relation[message.relation] === $undefined ? message.relation : $root.ilr.v1.Relation[message.relation] : message.relation;
                if (message.credential != null && $Object.hasOwnProperty.call(message, "credential"))
                    object.credential = options.enums === $String ? $root.ilr.v1.Credential[message.credential] === $undefined ? message.credential : $root.ilr.v1.Credential[message.credential] : message.credential;
                if (message.listedCaregiver != null && $Object.hasOwnProperty.call(message, "listedCaregiver"))
                    object.listedCaregiver = message.listedCaregiver;
                if (message.household != null && $Object.hasOwnProperty.call(message, "household"))
                    object.household = message.household;
                if (message.consentRef != null && $Object.hasOwnProperty.call(message, "consentRef"))
                    object.consentRef = message.consentRef;
                return object;
            };

            /**
             * Converts this PersonRequester to JSON.
             * @function toJSON
             * @memberof ilr.v1.PersonRequester
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PersonRequester.prototype.toJSON = function() {
                return PersonRequester.toObject(this, $protobuf.util.toJSONOptions);
            };

            return PersonRequester;
        })();

        v1.LegalProcess = (function() {

            /**
             * Properties of a LegalProcess.
             * @typedef {Object} ilr.v1.LegalProcess.$Properties
             * @property {ilr.v1.ProcessType|null} [type] LegalProcess type
             * @property {ilr.v1.Issuer|null} [issuer] LegalProcess issuer
             * @property {boolean|null} [gag] LegalProcess gag
             * @property {boolean|null} [criminal] LegalProcess criminal
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LegalProcess.
             * @memberof ilr.v1
             * @interface ILegalProcess
             * @augments ilr.v1.LegalProcess.$Properties
             * @deprecated Use ilr.v1.LegalProcess.$Properties instead.
             */

            /**
             * Shape of a LegalProcess.
             * @typedef {ilr.v1.LegalProcess.$Properties} ilr.v1.LegalProcess.$Shape
             */

            /**
             * Constructs a new LegalProcess.
             * @memberof ilr.v1
             * @classdesc Represents a LegalProcess.
             * @constructor
             * @param {ilr.v1.LegalProcess.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LegalProcess = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * LegalProcess type.
             * @member {ilr.v1.ProcessType} type
             * @memberof ilr.v1.LegalProcess
             * @instance
             */
            LegalProcess.prototype.type = 0;

            /**
             * LegalProcess issuer.
             * @member {ilr.v1.Issuer} issuer
             * @memberof ilr.v1.LegalProcess
             * @instance
             */
            LegalProcess.prototype.issuer = 0;

            /**
             * LegalProcess gag.
             * @member {boolean} gag
             * @memberof ilr.v1.LegalProcess
             * @instance
             */
            LegalProcess.prototype.gag = false;

            /**
             * LegalProcess criminal.
             * @member {boolean} criminal
             * @memberof ilr.v1.LegalProcess
             * @instance
             */
            LegalProcess.prototype.criminal = false;

            /**
             * Creates a new LegalProcess instance using the specified properties.
             * @function create
             * @memberof ilr.v1.LegalProcess
             * @static
             * @param {ilr.v1.LegalProcess.$Properties=} [properties] Properties to set
             * @returns {ilr.v1.LegalProcess} LegalProcess instance
             * @type {{
             *   (properties: ilr.v1.LegalProcess.$Shape): ilr.v1.LegalProcess & ilr.v1.LegalProcess.$Shape;
             *   (properties?: ilr.v1.LegalProcess.$Properties): ilr.v1.LegalProcess;
             * }}
             */
            LegalProcess.create = function(properties) {
                return new LegalProcess(properties);
            };

            /**
             * Encodes the specified LegalProcess message. Does not implicitly {@link ilr.v1.LegalProcess.verify|verify} messages.
             * @function encode
             * @memberof ilr.v1.LegalProcess
             * @static
             * @param {ilr.v1.LegalProcess.$Properties} message LegalProcess message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LegalProcess.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.type);
                if (message.issuer != null && $Object.hasOwnProperty.call(message, "issuer") && message.issuer !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.issuer);
                if (message.gag != null && $Object.hasOwnProperty.call(message, "gag") && message.gag !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.gag);
                if (message.criminal != null && $Object.hasOwnProperty.call(message, "criminal") && message.criminal !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.criminal);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a LegalProcess message from the specified reader or buffer.
             * @function decode
             * @memberof ilr.v1.LegalProcess
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ilr.v1.LegalProcess & ilr.v1.LegalProcess.$Shape} LegalProcess
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LegalProcess.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ilr.v1.LegalProcess();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.issuer = value;
                            else
                                delete message.issuer;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.gag = value;
                            else
                                delete message.gag;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.criminal = value;
                            else
                                delete message.criminal;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a LegalProcess message.
             * @function verify
             * @memberof ilr.v1.LegalProcess
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            LegalProcess.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    if (typeof message.type !== "number" || (message.type | 0) !== message.type)
                        return "type: enum value expected";
                if (message.issuer != null && $Object.hasOwnProperty.call(message, "issuer"))
                    if (typeof message.issuer !== "number" || (message.issuer | 0) !== message.issuer)
                        return "issuer: enum value expected";
                if (message.gag != null && $Object.hasOwnProperty.call(message, "gag"))
                    if (typeof message.gag !== "boolean")
                        return "gag: boolean expected";
                if (message.criminal != null && $Object.hasOwnProperty.call(message, "criminal"))
                    if (typeof message.criminal !== "boolean")
                        return "criminal: boolean expected";
                return null;
            };

            /**
             * Creates a LegalProcess message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ilr.v1.LegalProcess
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ilr.v1.LegalProcess} LegalProcess
             */
            LegalProcess.fromObject = function (object, _depth) {
                if (object instanceof $root.ilr.v1.LegalProcess)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ilr.v1.LegalProcess: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ilr.v1.LegalProcess();
                if (object.type !== 0 && (typeof object.type !== "string" || $root.ilr.v1.ProcessType[object.type] !== 0))
                    switch (object.type) {
                    case "PROCESS_TYPE_UNSPECIFIED":
                    case 0:
                        message.type = 0;
                        break;
                    case "PROCESS_TYPE_SUBPOENA":
                    case 1:
                        message.type = 1;
                        break;
                    case "PROCESS_TYPE_COURT_ORDER":
                    case 2:
                        message.type = 2;
                        break;
                    case "PROCESS_TYPE_SEARCH_WARRANT":
                    case 3:
                        message.type = 3;
                        break;
                    case "PROCESS_TYPE_NATIONAL_SECURITY_LETTER":
                    case 4:
                        message.type = 4;
                        break;
                    case "PROCESS_TYPE_FISA_ORDER":
                    case 5:
                        message.type = 5;
                        break;
                    default:
                        if (typeof object.type === "number" && (object.type | 0) === object.type)
                            message.type = object.type;
                    }
                if (object.issuer !== 0 && (typeof object.issuer !== "string" || $root.ilr.v1.Issuer[object.issuer] !== 0))
                    switch (object.issuer) {
                    case "ISSUER_UNSPECIFIED":
                    case 0:
                        message.issuer = 0;
                        break;
                    case "ISSUER_FEDERAL":
                    case 1:
                        message.issuer = 1;
                        break;
                    case "ISSUER_STATE":
                    case 2:
                        message.issuer = 2;
                        break;
                    case "ISSUER_MUNICIPAL":
                    case 3:
                        message.issuer = 3;
                        break;
                    case "ISSUER_PRIVATE":
                    case 4:
                        message.issuer = 4;
                        break;
                    default:
                        if (typeof object.issuer === "number" && (object.issuer | 0) === object.issuer)
                            message.issuer = object.issuer;
                    }
                if (object.gag != null)
                    if (object.gag)
                        message.gag = $Boolean(object.gag);
                if (object.criminal != null)
                    if (object.criminal)
                        message.criminal = $Boolean(object.criminal);
                return message;
            };

            /**
             * Creates a plain object from a LegalProcess message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ilr.v1.LegalProcess
             * @static
             * @param {ilr.v1.LegalProcess} message LegalProcess
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LegalProcess.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.type = options.enums === $String ? "PROCESS_TYPE_UNSPECIFIED" : 0;
                    object.issuer = options.enums === $String ? "ISSUER_UNSPECIFIED" : 0;
                    object.gag = false;
                    object.criminal = false;
                }
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    object.type = options.enums === $String ? $root.ilr.v1.ProcessType[message.type] === $undefined ? message.type : $root.ilr.v1.ProcessType[message.type] : message.type;
                if (message.issuer != null && $Object.hasOwnProperty.call(message, "issuer"))
                    object.issuer = options.enums === $String ? $root.ilr.v1.Issuer[message.issuer] === $undefined ? message.issuer : $root.ilr.v1.Issuer[message.issuer] : message.issuer;
                if (message.gag != null && $Object.hasOwnProperty.call(message, "gag"))
                    object.gag = message.gag;
                if (message.criminal != null && $Object.hasOwnProperty.call(message, "criminal"))
                    object.criminal = message.criminal;
                return object;
            };

            /**
             * Converts this LegalProcess to JSON.
             * @function toJSON
             * @memberof ilr.v1.LegalProcess
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LegalProcess.prototype.toJSON = function() {
                return LegalProcess.toObject(this, $protobuf.util.toJSONOptions);
            };

            return LegalProcess;
        })();

        v1.PatronRef = (function() {

            /**
             * Properties of a PatronRef.
             * @typedef {Object} ilr.v1.PatronRef.$Properties
             * @property {string|null} [token] PatronRef token
             * @property {string|null} [homeLibrary] PatronRef homeLibrary
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PatronRef.
             * @memberof ilr.v1
             * @interface IPatronRef
             * @augments ilr.v1.PatronRef.$Properties
             * @deprecated Use ilr.v1.PatronRef.$Properties instead.
             */

            /**
             * Shape of a PatronRef.
             * @typedef {ilr.v1.PatronRef.$Properties} ilr.v1.PatronRef.$Shape
             */

            /**
             * Constructs a new PatronRef.
             * @memberof ilr.v1
             * @classdesc Represents a PatronRef.
             * @constructor
             * @param {ilr.v1.PatronRef.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PatronRef = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PatronRef token.
             * @member {string} token
             * @memberof ilr.v1.PatronRef
             * @instance
             */
            PatronRef.prototype.token = "";

            /**
             * PatronRef homeLibrary.
             * @member {string} homeLibrary
             * @memberof ilr.v1.PatronRef
             * @instance
             */
            PatronRef.prototype.homeLibrary = "";

            /**
             * Creates a new PatronRef instance using the specified properties.
             * @function create
             * @memberof ilr.v1.PatronRef
             * @static
             * @param {ilr.v1.PatronRef.$Properties=} [properties] Properties to set
             * @returns {ilr.v1.PatronRef} PatronRef instance
             * @type {{
             *   (properties: ilr.v1.PatronRef.$Shape): ilr.v1.PatronRef & ilr.v1.PatronRef.$Shape;
             *   (properties?: ilr.v1.PatronRef.$Properties): ilr.v1.PatronRef;
             * }}
             */
            PatronRef.create = function(properties) {
                return new PatronRef(properties);
            };

            /**
             * Encodes the specified PatronRef message. Does not implicitly {@link ilr.v1.PatronRef.verify|verify} messages.
             * @function encode
             * @memberof ilr.v1.PatronRef
             * @static
             * @param {ilr.v1.PatronRef.$Properties} message PatronRef message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PatronRef.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.token != null && $Object.hasOwnProperty.call(message, "token") && message.token !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.token);
                if (message.homeLibrary != null && $Object.hasOwnProperty.call(message, "homeLibrary") && message.homeLibrary !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.homeLibrary);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PatronRef message from the specified reader or buffer.
             * @function decode
             * @memberof ilr.v1.PatronRef
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ilr.v1.PatronRef & ilr.v1.PatronRef.$Shape} PatronRef
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PatronRef.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ilr.v1.PatronRef();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.token = value;
                            else
                                delete message.token;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.homeLibrary = value;
                            else
                                delete message.homeLibrary;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a PatronRef message.
             * @function verify
             * @memberof ilr.v1.PatronRef
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PatronRef.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.token != null && $Object.hasOwnProperty.call(message, "token"))
                    if (!$util.isString(message.token))
                        return "token: string expected";
                if (message.homeLibrary != null && $Object.hasOwnProperty.call(message, "homeLibrary"))
                    if (!$util.isString(message.homeLibrary))
                        return "homeLibrary: string expected";
                return null;
            };

            /**
             * Creates a PatronRef message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ilr.v1.PatronRef
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ilr.v1.PatronRef} PatronRef
             */
            PatronRef.fromObject = function (object, _depth) {
                if (object instanceof $root.ilr.v1.PatronRef)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ilr.v1.PatronRef: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ilr.v1.PatronRef();
                if (object.token != null)
                    if (typeof object.token !== "string" || object.token.length)
                        message.token = $String(object.token);
                if (object.homeLibrary != null)
                    if (typeof object.homeLibrary !== "string" || object.homeLibrary.length)
                        message.homeLibrary = $String(object.homeLibrary);
                return message;
            };

            /**
             * Creates a plain object from a PatronRef message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ilr.v1.PatronRef
             * @static
             * @param {ilr.v1.PatronRef} message PatronRef
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PatronRef.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.token = "";
                    object.homeLibrary = "";
                }
                if (message.token != null && $Object.hasOwnProperty.call(message, "token"))
                    object.token = message.token;
                if (message.homeLibrary != null && $Object.hasOwnProperty.call(message, "homeLibrary"))
                    object.homeLibrary = message.homeLibrary;
                return object;
            };

            /**
             * Converts this PatronRef to JSON.
             * @function toJSON
             * @memberof ilr.v1.PatronRef
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PatronRef.prototype.toJSON = function() {
                return PatronRef.toObject(this, $protobuf.util.toJSONOptions);
            };

            return PatronRef;
        })();

        v1.LookupKey = (function() {

            /**
             * Properties of a LookupKey.
             * @typedef {Object} ilr.v1.LookupKey.$Properties
             * @property {string|null} [cardNumber] LookupKey cardNumber
             * @property {string|null} [name] LookupKey name
             * @property {"cardNumber"|"name"} [key] LookupKey key
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LookupKey.
             * @memberof ilr.v1
             * @interface ILookupKey
             * @augments ilr.v1.LookupKey.$Properties
             * @deprecated Use ilr.v1.LookupKey.$Properties instead.
             */

            /**
             * Narrowed shape of a LookupKey.
             * @typedef {{
             *   cardNumber?: string|null;
             *   name?: string|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ key?: undefined; cardNumber?: null; name?: null }|{ key?: "cardNumber"; cardNumber: string; name?: null }|{ key?: "name"; cardNumber?: null; name: string })
             * )} ilr.v1.LookupKey.$Shape
             */

            /**
             * Constructs a new LookupKey.
             * @memberof ilr.v1
             * @classdesc Represents a LookupKey.
             * @constructor
             * @param {ilr.v1.LookupKey.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LookupKey = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * LookupKey cardNumber.
             * @member {string|null|undefined} cardNumber
             * @memberof ilr.v1.LookupKey
             * @instance
             */
            LookupKey.prototype.cardNumber = null;

            /**
             * LookupKey name.
             * @member {string|null|undefined} name
             * @memberof ilr.v1.LookupKey
             * @instance
             */
            LookupKey.prototype.name = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * LookupKey key.
             * @member {"cardNumber"|"name"|undefined} key
             * @memberof ilr.v1.LookupKey
             * @instance
             */
            $Object.defineProperty(LookupKey.prototype, "key", {
                get: $util.oneOfGetter($oneOfFields = ["cardNumber", "name"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new LookupKey instance using the specified properties.
             * @function create
             * @memberof ilr.v1.LookupKey
             * @static
             * @param {ilr.v1.LookupKey.$Properties=} [properties] Properties to set
             * @returns {ilr.v1.LookupKey} LookupKey instance
             * @type {{
             *   (properties: ilr.v1.LookupKey.$Shape): ilr.v1.LookupKey & ilr.v1.LookupKey.$Shape;
             *   (properties?: ilr.v1.LookupKey.$Properties): ilr.v1.LookupKey;
             * }}
             */
            LookupKey.create = function(properties) {
                return new LookupKey(properties);
            };

            /**
             * Encodes the specified LookupKey message. Does not implicitly {@link ilr.v1.LookupKey.verify|verify} messages.
             * @function encode
             * @memberof ilr.v1.LookupKey
             * @static
             * @param {ilr.v1.LookupKey.$Properties} message LookupKey message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LookupKey.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.cardNumber != null && $Object.hasOwnProperty.call(message, "cardNumber"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.cardNumber);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a LookupKey message from the specified reader or buffer.
             * @function decode
             * @memberof ilr.v1.LookupKey
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ilr.v1.LookupKey & ilr.v1.LookupKey.$Shape} LookupKey
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LookupKey.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ilr.v1.LookupKey();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.cardNumber = reader.stringVerify();
                            message.key = "cardNumber";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.name = reader.stringVerify();
                            message.key = "name";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a LookupKey message.
             * @function verify
             * @memberof ilr.v1.LookupKey
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            LookupKey.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.cardNumber != null && $Object.hasOwnProperty.call(message, "cardNumber")) {
                    properties.key = 1;
                    if (!$util.isString(message.cardNumber))
                        return "cardNumber: string expected";
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name")) {
                    if (properties.key === 1)
                        return "key: multiple values";
                    properties.key = 1;
                    if (!$util.isString(message.name))
                        return "name: string expected";
                }
                return null;
            };

            /**
             * Creates a LookupKey message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ilr.v1.LookupKey
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ilr.v1.LookupKey} LookupKey
             */
            LookupKey.fromObject = function (object, _depth) {
                if (object instanceof $root.ilr.v1.LookupKey)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ilr.v1.LookupKey: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ilr.v1.LookupKey();
                if (object.cardNumber != null)
                    message.cardNumber = $String(object.cardNumber);
                if (object.name != null)
                    message.name = $String(object.name);
                return message;
            };

            /**
             * Creates a plain object from a LookupKey message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ilr.v1.LookupKey
             * @static
             * @param {ilr.v1.LookupKey} message LookupKey
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LookupKey.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (message.cardNumber != null && $Object.hasOwnProperty.call(message, "cardNumber")) {
                    object.cardNumber = message.cardNumber;
                    if (options.oneofs)
                        object.key = "cardNumber";
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name")) {
                    object.name = message.name;
                    if (options.oneofs)
                        object.key = "name";
                }
                return object;
            };

            /**
             * Converts this LookupKey to JSON.
             * @function toJSON
             * @memberof ilr.v1.LookupKey
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LookupKey.prototype.toJSON = function() {
                return LookupKey.toObject(this, $protobuf.util.toJSONOptions);
            };

            return LookupKey;
        })();

        v1.Envelope = (function() {

            /**
             * Properties of an Envelope.
             * @typedef {Object} ilr.v1.Envelope.$Properties
             * @property {string|null} [messageId] Envelope messageId
             * @property {string|null} [correlationId] Envelope correlationId
             * @property {string|null} [sender] Envelope sender
             * @property {string|null} [recipient] Envelope recipient
             * @property {ilr.v1.MessageKind|null} [kind] Envelope kind
             * @property {number|null} [createdAt] Envelope createdAt
             * @property {number|null} [schemaVersion] Envelope schemaVersion
             * @property {Uint8Array|null} [body] Envelope body
             * @property {Uint8Array|null} [signature] Envelope signature
             * @property {string|null} [signer] Envelope signer
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Envelope.
             * @memberof ilr.v1
             * @interface IEnvelope
             * @augments ilr.v1.Envelope.$Properties
             * @deprecated Use ilr.v1.Envelope.$Properties instead.
             */

            /**
             * Shape of an Envelope.
             * @typedef {ilr.v1.Envelope.$Properties} ilr.v1.Envelope.$Shape
             */

            /**
             * Constructs a new Envelope.
             * @memberof ilr.v1
             * @classdesc Represents an Envelope.
             * @constructor
             * @param {ilr.v1.Envelope.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Envelope = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Envelope messageId.
             * @member {string} messageId
             * @memberof ilr.v1.Envelope
             * @instance
             */
            Envelope.prototype.messageId = "";

            /**
             * Envelope correlationId.
             * @member {string} correlationId
             * @memberof ilr.v1.Envelope
             * @instance
             */
            Envelope.prototype.correlationId = "";

            /**
             * Envelope sender.
             * @member {string} sender
             * @memberof ilr.v1.Envelope
             * @instance
             */
            Envelope.prototype.sender = "";

            /**
             * Envelope recipient.
             * @member {string} recipient
             * @memberof ilr.v1.Envelope
             * @instance
             */
            Envelope.prototype.recipient = "";

            /**
             * Envelope kind.
             * @member {ilr.v1.MessageKind} kind
             * @memberof ilr.v1.Envelope
             * @instance
             */
            Envelope.prototype.kind = 0;

            /**
             * Envelope createdAt.
             * @member {number} createdAt
             * @memberof ilr.v1.Envelope
             * @instance
             */
            Envelope.prototype.createdAt = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Envelope schemaVersion.
             * @member {number} schemaVersion
             * @memberof ilr.v1.Envelope
             * @instance
             */
            Envelope.prototype.schemaVersion = 0;

            /**
             * Envelope body.
             * @member {Uint8Array} body
             * @memberof ilr.v1.Envelope
             * @instance
             */
            Envelope.prototype.body = $util.newBuffer([]);

            /**
             * Envelope signature.
             * @member {Uint8Array} signature
             * @memberof ilr.v1.Envelope
             * @instance
             */
            Envelope.prototype.signature = $util.newBuffer([]);

            /**
             * Envelope signer.
             * @member {string} signer
             * @memberof ilr.v1.Envelope
             * @instance
             */
            Envelope.prototype.signer = "";

            /**
             * Creates a new Envelope instance using the specified properties.
             * @function create
             * @memberof ilr.v1.Envelope
             * @static
             * @param {ilr.v1.Envelope.$Properties=} [properties] Properties to set
             * @returns {ilr.v1.Envelope} Envelope instance
             * @type {{
             *   (properties: ilr.v1.Envelope.$Shape): ilr.v1.Envelope & ilr.v1.Envelope.$Shape;
             *   (properties?: ilr.v1.Envelope.$Properties): ilr.v1.Envelope;
             * }}
             */
            Envelope.create = function(properties) {
                return new Envelope(properties);
            };

            /**
             * Encodes the specified Envelope message. Does not implicitly {@link ilr.v1.Envelope.verify|verify} messages.
             * @function encode
             * @memberof ilr.v1.Envelope
             * @static
             * @param {ilr.v1.Envelope.$Properties} message Envelope message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Envelope.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId") && message.messageId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.messageId);
                if (message.correlationId != null && $Object.hasOwnProperty.call(message, "correlationId") && message.correlationId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.correlationId);
                if (message.sender != null && $Object.hasOwnProperty.call(message, "sender") && message.sender !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.sender);
                if (message.recipient != null && $Object.hasOwnProperty.call(message, "recipient") && message.recipient !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.recipient);
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).int32(message.kind);
                if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt") && (typeof message.createdAt === "object" ? message.createdAt.low || message.createdAt.high : message.createdAt !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).int64(message.createdAt);
                if (message.schemaVersion != null && $Object.hasOwnProperty.call(message, "schemaVersion") && message.schemaVersion !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.schemaVersion);
                if (message.body != null && $Object.hasOwnProperty.call(message, "body") && message.body.length)
                    writer.uint32(/* id 8, wireType 2 =*/66).bytes(message.body);
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                    writer.uint32(/* id 9, wireType 2 =*/74).bytes(message.signature);
                if (message.signer != null && $Object.hasOwnProperty.call(message, "signer") && message.signer !== "")
                    writer.uint32(/* id 10, wireType 2 =*/82).string(message.signer);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Envelope message from the specified reader or buffer.
             * @function decode
             * @memberof ilr.v1.Envelope
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ilr.v1.Envelope & ilr.v1.Envelope.$Shape} Envelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Envelope.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ilr.v1.Envelope();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.messageId = value;
                            else
                                delete message.messageId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.correlationId = value;
                            else
                                delete message.correlationId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.sender = value;
                            else
                                delete message.sender;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.recipient = value;
                            else
                                delete message.recipient;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.createdAt = value;
                            else
                                delete message.createdAt;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.schemaVersion = value;
                            else
                                delete message.schemaVersion;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.body = value;
                            else
                                delete message.body;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.signature = value;
                            else
                                delete message.signature;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.signer = value;
                            else
                                delete message.signer;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an Envelope message.
             * @function verify
             * @memberof ilr.v1.Envelope
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Envelope.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    if (!$util.isString(message.messageId))
                        return "messageId: string expected";
                if (message.correlationId != null && $Object.hasOwnProperty.call(message, "correlationId"))
                    if (!$util.isString(message.correlationId))
                        return "correlationId: string expected";
                if (message.sender != null && $Object.hasOwnProperty.call(message, "sender"))
                    if (!$util.isString(message.sender))
                        return "sender: string expected";
                if (message.recipient != null && $Object.hasOwnProperty.call(message, "recipient"))
                    if (!$util.isString(message.recipient))
                        return "recipient: string expected";
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    if (typeof message.kind !== "number" || (message.kind | 0) !== message.kind)
                        return "kind: enum value expected";
                if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt"))
                    if (!$util.isInteger(message.createdAt) && !(message.createdAt && $util.isInteger(message.createdAt.low) && $util.isInteger(message.createdAt.high)))
                        return "createdAt: integer|Long expected";
                if (message.schemaVersion != null && $Object.hasOwnProperty.call(message, "schemaVersion"))
                    if (!$util.isInteger(message.schemaVersion))
                        return "schemaVersion: integer expected";
                if (message.body != null && $Object.hasOwnProperty.call(message, "body"))
                    if (!(message.body && typeof message.body.length === "number" || $util.isString(message.body)))
                        return "body: buffer expected";
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature"))
                    if (!(message.signature && typeof message.signature.length === "number" || $util.isString(message.signature)))
                        return "signature: buffer expected";
                if (message.signer != null && $Object.hasOwnProperty.call(message, "signer"))
                    if (!$util.isString(message.signer))
                        return "signer: string expected";
                return null;
            };

            /**
             * Creates an Envelope message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ilr.v1.Envelope
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ilr.v1.Envelope} Envelope
             */
            Envelope.fromObject = function (object, _depth) {
                if (object instanceof $root.ilr.v1.Envelope)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ilr.v1.Envelope: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ilr.v1.Envelope();
                if (object.messageId != null)
                    if (typeof object.messageId !== "string" || object.messageId.length)
                        message.messageId = $String(object.messageId);
                if (object.correlationId != null)
                    if (typeof object.correlationId !== "string" || object.correlationId.length)
                        message.correlationId = $String(object.correlationId);
                if (object.sender != null)
                    if (typeof object.sender !== "string" || object.sender.length)
                        message.sender = $String(object.sender);
                if (object.recipient != null)
                    if (typeof object.recipient !== "string" || object.recipient.length)
                        message.recipient = $String(object.recipient);
                if (object.kind !== 0 && (typeof object.kind !== "string" || $root.ilr.v1.MessageKind[object.kind] !== 0))
                    switch (object.kind) {
                    case "MESSAGE_KIND_UNSPECIFIED":
                    case 0:
                        message.kind = 0;
                        break;
                    case "MESSAGE_KIND_ITEM_FOUND":
                    case 1:
                        message.kind = 1;
                        break;
                    case "MESSAGE_KIND_RECOVERY_NOTICE":
                    case 2:
                        message.kind = 2;
                        break;
                    case "MESSAGE_KIND_PATRON_INQUIRY":
                    case 3:
                        message.kind = 3;
                        break;
                    case "MESSAGE_KIND_ACCOUNT_INQUIRY":
                    case 4:
                        message.kind = 4;
                        break;
                    case "MESSAGE_KIND_LOAN_REQUEST":
                    case 5:
                        message.kind = 5;
                        break;
                    case "MESSAGE_KIND_SUPPLIER_STATUS":
                    case 6:
                        message.kind = 6;
                        break;
                    case "MESSAGE_KIND_REQUESTER_ACTION":
                    case 7:
                        message.kind = 7;
                        break;
                    case "MESSAGE_KIND_HOLD_PICKUP":
                    case 8:
                        message.kind = 8;
                        break;
                    case "MESSAGE_KIND_LEGAL_PROCESS":
                    case 9:
                        message.kind = 9;
                        break;
                    default:
                        if (typeof object.kind === "number" && (object.kind | 0) === object.kind)
                            message.kind = object.kind;
                    }
                if (object.createdAt != null)
                    if (typeof object.createdAt === "object" ? object.createdAt.low || object.createdAt.high : $Number(object.createdAt) !== 0)
                        if ($util.Long)
                            message.createdAt = $util.Long.fromValue(object.createdAt, false);
                        else if (typeof object.createdAt === "string")
                            message.createdAt = $parseInt(object.createdAt, 10);
                        else if (typeof object.createdAt === "number")
                            message.createdAt = object.createdAt;
                        else if (typeof object.createdAt === "object")
                            message.createdAt = new $util.LongBits(object.createdAt.low >>> 0, object.createdAt.high >>> 0).toNumber();
                if (object.schemaVersion != null)
                    if ($Number(object.schemaVersion) !== 0)
                        message.schemaVersion = object.schemaVersion >>> 0;
                if (object.body != null)
                    if (object.body.length)
                        if (typeof object.body === "string")
                            $util.base64.decode(object.body, message.body = $util.newBuffer($util.base64.length(object.body)), 0);
                        else if (object.body.length >= 0)
                            message.body = object.body;
                if (object.signature != null)
                    if (object.signature.length)
                        if (typeof object.signature === "string")
                            $util.base64.decode(object.signature, message.signature = $util.newBuffer($util.base64.length(object.signature)), 0);
                        else if (object.signature.length >= 0)
                            message.signature = object.signature;
                if (object.signer != null)
                    if (typeof object.signer !== "string" || object.signer.length)
                        message.signer = $String(object.signer);
                return message;
            };

            /**
             * Creates a plain object from an Envelope message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ilr.v1.Envelope
             * @static
             * @param {ilr.v1.Envelope} message Envelope
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Envelope.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.messageId = "";
                    object.correlationId = "";
                    object.sender = "";
                    object.recipient = "";
                    object.kind = options.enums === $String ? "MESSAGE_KIND_UNSPECIFIED" : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.createdAt = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.createdAt = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.schemaVersion = 0;
                    if (options.bytes === $String)
                        object.body = "";
                    else {
                        object.body = [];
                        if (options.bytes !== $Array)
                            object.body = $util.newBuffer(object.body);
                    }
                    if (options.bytes === $String)
                        object.signature = "";
                    else {
                        object.signature = [];
                        if (options.bytes !== $Array)
                            object.signature = $util.newBuffer(object.signature);
                    }
                    object.signer = "";
                }
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    object.messageId = message.messageId;
                if (message.correlationId != null && $Object.hasOwnProperty.call(message, "correlationId"))
                    object.correlationId = message.correlationId;
                if (message.sender != null && $Object.hasOwnProperty.call(message, "sender"))
                    object.sender = message.sender;
                if (message.recipient != null && $Object.hasOwnProperty.call(message, "recipient"))
                    object.recipient = message.recipient;
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    object.kind = options.enums === $String ? $root.ilr.v1.MessageKind[message.kind] === $undefined ? message.kind : $root.ilr.v1.MessageKind[message.kind] : message.kind;
                if (message.createdAt != null && $Object.hasOwnProperty.call(message, "createdAt"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.createdAt = typeof message.createdAt === "number" ? $BigInt(message.createdAt) : $util.Long.fromBits(message.createdAt.low >>> 0, message.createdAt.high >>> 0, false).toBigInt();
                    else if (typeof message.createdAt === "number")
                        object.createdAt = options.longs === $String ? $String(message.createdAt) : message.createdAt;
                    else
                        object.createdAt = options.longs === $String ? $util.Long.prototype.toString.call(message.createdAt) : options.longs === $Number ? new $util.LongBits(message.createdAt.low >>> 0, message.createdAt.high >>> 0).toNumber() : message.createdAt;
                if (message.schemaVersion != null && $Object.hasOwnProperty.call(message, "schemaVersion"))
                    object.schemaVersion = message.schemaVersion;
                if (message.body != null && $Object.hasOwnProperty.call(message, "body"))
                    object.body = options.bytes === $String ? $util.base64.encode(message.body, 0, message.body.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.body) : message.body;
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature"))
                    object.signature = options.bytes === $String ? $util.base64.encode(message.signature, 0, message.signature.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.signature) : message.signature;
                if (message.signer != null && $Object.hasOwnProperty.call(message, "signer"))
                    object.signer = message.signer;
                return object;
            };

            /**
             * Converts this Envelope to JSON.
             * @function toJSON
             * @memberof ilr.v1.Envelope
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Envelope.prototype.toJSON = function() {
                return Envelope.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Envelope;
        })();

        v1.ItemFound = (function() {

            /**
             * Properties of an ItemFound.
             * @typedef {Object} ilr.v1.ItemFound.$Properties
             * @property {string|null} [itemId] ItemFound itemId
             * @property {string|null} [owningLibrary] ItemFound owningLibrary
             * @property {string|null} [note] ItemFound note
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ItemFound.
             * @memberof ilr.v1
             * @interface IItemFound
             * @augments ilr.v1.ItemFound.$Properties
             * @deprecated Use ilr.v1.ItemFound.$Properties instead.
             */

            /**
             * Shape of an ItemFound.
             * @typedef {ilr.v1.ItemFound.$Properties} ilr.v1.ItemFound.$Shape
             */

            /**
             * Constructs a new ItemFound.
             * @memberof ilr.v1
             * @classdesc Represents an ItemFound.
             * @constructor
             * @param {ilr.v1.ItemFound.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ItemFound = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ItemFound itemId.
             * @member {string} itemId
             * @memberof ilr.v1.ItemFound
             * @instance
             */
            ItemFound.prototype.itemId = "";

            /**
             * ItemFound owningLibrary.
             * @member {string} owningLibrary
             * @memberof ilr.v1.ItemFound
             * @instance
             */
            ItemFound.prototype.owningLibrary = "";

            /**
             * ItemFound note.
             * @member {string} note
             * @memberof ilr.v1.ItemFound
             * @instance
             */
            ItemFound.prototype.note = "";

            /**
             * Creates a new ItemFound instance using the specified properties.
             * @function create
             * @memberof ilr.v1.ItemFound
             * @static
             * @param {ilr.v1.ItemFound.$Properties=} [properties] Properties to set
             * @returns {ilr.v1.ItemFound} ItemFound instance
             * @type {{
             *   (properties: ilr.v1.ItemFound.$Shape): ilr.v1.ItemFound & ilr.v1.ItemFound.$Shape;
             *   (properties?: ilr.v1.ItemFound.$Properties): ilr.v1.ItemFound;
             * }}
             */
            ItemFound.create = function(properties) {
                return new ItemFound(properties);
            };

            /**
             * Encodes the specified ItemFound message. Does not implicitly {@link ilr.v1.ItemFound.verify|verify} messages.
             * @function encode
             * @memberof ilr.v1.ItemFound
             * @static
             * @param {ilr.v1.ItemFound.$Properties} message ItemFound message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ItemFound.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.itemId != null && $Object.hasOwnProperty.call(message, "itemId") && message.itemId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.itemId);
                if (message.owningLibrary != null && $Object.hasOwnProperty.call(message, "owningLibrary") && message.owningLibrary !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.owningLibrary);
                if (message.note != null && $Object.hasOwnProperty.call(message, "note") && message.note !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.note);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an ItemFound message from the specified reader or buffer.
             * @function decode
             * @memberof ilr.v1.ItemFound
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ilr.v1.ItemFound & ilr.v1.ItemFound.$Shape} ItemFound
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ItemFound.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ilr.v1.ItemFound();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.itemId = value;
                            else
                                delete message.itemId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.owningLibrary = value;
                            else
                                delete message.owningLibrary;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.note = value;
                            else
                                delete message.note;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an ItemFound message.
             * @function verify
             * @memberof ilr.v1.ItemFound
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ItemFound.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.itemId != null && $Object.hasOwnProperty.call(message, "itemId"))
                    if (!$util.isString(message.itemId))
                        return "itemId: string expected";
                if (message.owningLibrary != null && $Object.hasOwnProperty.call(message, "owningLibrary"))
                    if (!$util.isString(message.owningLibrary))
                        return "owningLibrary: string expected";
                if (message.note != null && $Object.hasOwnProperty.call(message, "note"))
                    if (!$util.isString(message.note))
                        return "note: string expected";
                return null;
            };

            /**
             * Creates an ItemFound message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ilr.v1.ItemFound
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ilr.v1.ItemFound} ItemFound
             */
            ItemFound.fromObject = function (object, _depth) {
                if (object instanceof $root.ilr.v1.ItemFound)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ilr.v1.ItemFound: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ilr.v1.ItemFound();
                if (object.itemId != null)
                    if (typeof object.itemId !== "string" || object.itemId.length)
                        message.itemId = $String(object.itemId);
                if (object.owningLibrary != null)
                    if (typeof object.owningLibrary !== "string" || object.owningLibrary.length)
                        message.owningLibrary = $String(object.owningLibrary);
                if (object.note != null)
                    if (typeof object.note !== "string" || object.note.length)
                        message.note = $String(object.note);
                return message;
            };

            /**
             * Creates a plain object from an ItemFound message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ilr.v1.ItemFound
             * @static
             * @param {ilr.v1.ItemFound} message ItemFound
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ItemFound.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.itemId = "";
                    object.owningLibrary = "";
                    object.note = "";
                }
                if (message.itemId != null && $Object.hasOwnProperty.call(message, "itemId"))
                    object.itemId = message.itemId;
                if (message.owningLibrary != null && $Object.hasOwnProperty.call(message, "owningLibrary"))
                    object.owningLibrary = message.owningLibrary;
                if (message.note != null && $Object.hasOwnProperty.call(message, "note"))
                    object.note = message.note;
                return object;
            };

            /**
             * Converts this ItemFound to JSON.
             * @function toJSON
             * @memberof ilr.v1.ItemFound
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ItemFound.prototype.toJSON = function() {
                return ItemFound.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ItemFound;
        })();

        v1.RecoveryNotice = (function() {

            /**
             * Properties of a RecoveryNotice.
             * @typedef {Object} ilr.v1.RecoveryNotice.$Properties
             * @property {ilr.v1.PatronRef.$Properties|null} [patron] RecoveryNotice patron
             * @property {Array.<string>|null} [itemIds] RecoveryNotice itemIds
             * @property {string|null} [noticeText] RecoveryNotice noticeText
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RecoveryNotice.
             * @memberof ilr.v1
             * @interface IRecoveryNotice
             * @augments ilr.v1.RecoveryNotice.$Properties
             * @deprecated Use ilr.v1.RecoveryNotice.$Properties instead.
             */

            /**
             * Shape of a RecoveryNotice.
             * @typedef {ilr.v1.RecoveryNotice.$Properties} ilr.v1.RecoveryNotice.$Shape
             */

            /**
             * Constructs a new RecoveryNotice.
             * @memberof ilr.v1
             * @classdesc Represents a RecoveryNotice.
             * @constructor
             * @param {ilr.v1.RecoveryNotice.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RecoveryNotice = function (properties) {
                this.itemIds = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RecoveryNotice patron.
             * @member {ilr.v1.PatronRef.$Properties|null|undefined} patron
             * @memberof ilr.v1.RecoveryNotice
             * @instance
             */
            RecoveryNotice.prototype.patron = null;

            /**
             * RecoveryNotice itemIds.
             * @member {Array.<string>} itemIds
             * @memberof ilr.v1.RecoveryNotice
             * @instance
             */
            RecoveryNotice.prototype.itemIds = $util.emptyArray;

            /**
             * RecoveryNotice noticeText.
             * @member {string} noticeText
             * @memberof ilr.v1.RecoveryNotice
             * @instance
             */
            RecoveryNotice.prototype.noticeText = "";

            /**
             * Creates a new RecoveryNotice instance using the specified properties.
             * @function create
             * @memberof ilr.v1.RecoveryNotice
             * @static
             * @param {ilr.v1.RecoveryNotice.$Properties=} [properties] Properties to set
             * @returns {ilr.v1.RecoveryNotice} RecoveryNotice instance
             * @type {{
             *   (properties: ilr.v1.RecoveryNotice.$Shape): ilr.v1.RecoveryNotice & ilr.v1.RecoveryNotice.$Shape;
             *   (properties?: ilr.v1.RecoveryNotice.$Properties): ilr.v1.RecoveryNotice;
             * }}
             */
            RecoveryNotice.create = function(properties) {
                return new RecoveryNotice(properties);
            };

            /**
             * Encodes the specified RecoveryNotice message. Does not implicitly {@link ilr.v1.RecoveryNotice.verify|verify} messages.
             * @function encode
             * @memberof ilr.v1.RecoveryNotice
             * @static
             * @param {ilr.v1.RecoveryNotice.$Properties} message RecoveryNotice message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RecoveryNotice.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.patron != null && $Object.hasOwnProperty.call(message, "patron"))
                    $root.ilr.v1.PatronRef.encode(message.patron, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.itemIds != null && message.itemIds.length)
                    for (let i = 0; i < message.itemIds.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.itemIds[i]);
                if (message.noticeText != null && $Object.hasOwnProperty.call(message, "noticeText") && message.noticeText !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.noticeText);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RecoveryNotice message from the specified reader or buffer.
             * @function decode
             * @memberof ilr.v1.RecoveryNotice
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ilr.v1.RecoveryNotice & ilr.v1.RecoveryNotice.$Shape} RecoveryNotice
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RecoveryNotice.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ilr.v1.RecoveryNotice();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.patron = $root.ilr.v1.PatronRef.decode(reader, reader.size(), $undefined, _depth + 1, message.patron);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.itemIds && message.itemIds.length))
                                message.itemIds = [];
                            message.itemIds.push(reader.stringVerify());
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.noticeText = value;
                            else
                                delete message.noticeText;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a RecoveryNotice message.
             * @function verify
             * @memberof ilr.v1.RecoveryNotice
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            RecoveryNotice.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.patron != null && $Object.hasOwnProperty.call(message, "patron")) {
                    let error = $root.ilr.v1.PatronRef.verify(message.patron, _depth + 1);
                    if (error)
                        return "patron." + error;
                }
                if (message.itemIds != null && $Object.hasOwnProperty.call(message, "itemIds")) {
                    if (!$Array.isArray(message.itemIds))
                        return "itemIds: array expected";
                    for (let i = 0; i < message.itemIds.length; ++i)
                        if (!$util.isString(message.itemIds[i]))
                            return "itemIds: string[] expected";
                }
                if (message.noticeText != null && $Object.hasOwnProperty.call(message, "noticeText"))
                    if (!$util.isString(message.noticeText))
                        return "noticeText: string expected";
                return null;
            };

            /**
             * Creates a RecoveryNotice message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ilr.v1.RecoveryNotice
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ilr.v1.RecoveryNotice} RecoveryNotice
             */
            RecoveryNotice.fromObject = function (object, _depth) {
                if (object instanceof $root.ilr.v1.RecoveryNotice)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ilr.v1.RecoveryNotice: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ilr.v1.RecoveryNotice();
                if (object.patron != null) {
                    if (!$util.isObject(object.patron))
                        throw $TypeError(".ilr.v1.RecoveryNotice.patron: object expected");
                    message.patron = $root.ilr.v1.PatronRef.fromObject(object.patron, _depth + 1);
                }
                if (object.itemIds) {
                    if (!$Array.isArray(object.itemIds))
                        throw $TypeError(".ilr.v1.RecoveryNotice.itemIds: array expected");
                    message.itemIds = $Array(object.itemIds.length);
                    for (let i = 0; i < object.itemIds.length; ++i)
                        message.itemIds[i] = $String(object.itemIds[i]);
                }
                if (object.noticeText != null)
                    if (typeof object.noticeText !== "string" || object.noticeText.length)
                        message.noticeText = $String(object.noticeText);
                return message;
            };

            /**
             * Creates a plain object from a RecoveryNotice message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ilr.v1.RecoveryNotice
             * @static
             * @param {ilr.v1.RecoveryNotice} message RecoveryNotice
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RecoveryNotice.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.itemIds = [];
                if (options.defaults) {
                    object.patron = null;
                    object.noticeText = "";
                }
                if (message.patron != null && $Object.hasOwnProperty.call(message, "patron"))
                    object.patron = $root.ilr.v1.PatronRef.toObject(message.patron, options, _depth + 1);
                if (message.itemIds && message.itemIds.length) {
                    object.itemIds = $Array(message.itemIds.length);
                    for (let j = 0; j < message.itemIds.length; ++j)
                        object.itemIds[j] = message.itemIds[j];
                }
                if (message.noticeText != null && $Object.hasOwnProperty.call(message, "noticeText"))
                    object.noticeText = message.noticeText;
                return object;
            };

            /**
             * Converts this RecoveryNotice to JSON.
             * @function toJSON
             * @memberof ilr.v1.RecoveryNotice
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RecoveryNotice.prototype.toJSON = function() {
                return RecoveryNotice.toObject(this, $protobuf.util.toJSONOptions);
            };

            return RecoveryNotice;
        })();

        v1.PatronInquiry = (function() {

            /**
             * Properties of a PatronInquiry.
             * @typedef {Object} ilr.v1.PatronInquiry.$Properties
             * @property {ilr.v1.PatronRef.$Properties|null} [patron] PatronInquiry patron
             * @property {ilr.v1.LookupKey.$Properties|null} [lookup] PatronInquiry lookup
             * @property {ilr.v1.Requester.$Properties|null} [requester] PatronInquiry requester
             * @property {ilr.v1.Purpose|null} [purpose] PatronInquiry purpose
             * @property {ilr.v1.LegalBasis|null} [basis] PatronInquiry basis
             * @property {Array.<ilr.v1.Want>|null} [wants] PatronInquiry wants
             * @property {string|null} [note] PatronInquiry note
             * @property {"patron"|"lookup"} [subject] PatronInquiry subject
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PatronInquiry.
             * @memberof ilr.v1
             * @interface IPatronInquiry
             * @augments ilr.v1.PatronInquiry.$Properties
             * @deprecated Use ilr.v1.PatronInquiry.$Properties instead.
             */

            /**
             * Narrowed shape of a PatronInquiry.
             * @typedef {{
             *   patron?: ilr.v1.PatronRef.$Shape|null;
             *   lookup?: ilr.v1.LookupKey.$Shape|null;
             *   requester?: ilr.v1.Requester.$Shape|null;
             *   purpose?: ilr.v1.Purpose|null;
             *   basis?: ilr.v1.LegalBasis|null;
             *   wants?: Array.<ilr.v1.Want>|null;
             *   note?: string|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ subject?: undefined; patron?: null; lookup?: null }|{ subject?: "patron"; patron: ilr.v1.PatronRef.$Shape; lookup?: null }|{ subject?: "lookup"; patron?: null; lookup: ilr.v1.LookupKey.$Shape })
             * )} ilr.v1.PatronInquiry.$Shape
             */

            /**
             * Constructs a new PatronInquiry.
             * @memberof ilr.v1
             * @classdesc Represents a PatronInquiry.
             * @constructor
             * @param {ilr.v1.PatronInquiry.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PatronInquiry = function (properties) {
                this.wants = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PatronInquiry patron.
             * @member {ilr.v1.PatronRef.$Properties|null|undefined} patron
             * @memberof ilr.v1.PatronInquiry
             * @instance
             */
            PatronInquiry.prototype.patron = null;

            /**
             * PatronInquiry lookup.
             * @member {ilr.v1.LookupKey.$Properties|null|undefined} lookup
             * @memberof ilr.v1.PatronInquiry
             * @instance
             */
            PatronInquiry.prototype.lookup = null;

            /**
             * PatronInquiry requester.
             * @member {ilr.v1.Requester.$Properties|null|undefined} requester
             * @memberof ilr.v1.PatronInquiry
             * @instance
             */
            PatronInquiry.prototype.requester = null;

            /**
             * PatronInquiry purpose.
             * @member {ilr.v1.Purpose} purpose
             * @memberof ilr.v1.PatronInquiry
             * @instance
             */
            PatronInquiry.prototype.purpose = 0;

            /**
             * PatronInquiry basis.
             * @member {ilr.v1.LegalBasis} basis
             * @memberof ilr.v1.PatronInquiry
             * @instance
             */
            PatronInquiry.prototype.basis = 0;

            /**
             * PatronInquiry wants.
             * @member {Array.<ilr.v1.Want>} wants
             * @memberof ilr.v1.PatronInquiry
             * @instance
             */
            PatronInquiry.prototype.wants = $util.emptyArray;

            /**
             * PatronInquiry note.
             * @member {string} note
             * @memberof ilr.v1.PatronInquiry
             * @instance
             */
            PatronInquiry.prototype.note = "";

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * PatronInquiry subject.
             * @member {"patron"|"lookup"|undefined} subject
             * @memberof ilr.v1.PatronInquiry
             * @instance
             */
            $Object.defineProperty(PatronInquiry.prototype, "subject", {
                get: $util.oneOfGetter($oneOfFields = ["patron", "lookup"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new PatronInquiry instance using the specified properties.
             * @function create
             * @memberof ilr.v1.PatronInquiry
             * @static
             * @param {ilr.v1.PatronInquiry.$Properties=} [properties] Properties to set
             * @returns {ilr.v1.PatronInquiry} PatronInquiry instance
             * @type {{
             *   (properties: ilr.v1.PatronInquiry.$Shape): ilr.v1.PatronInquiry & ilr.v1.PatronInquiry.$Shape;
             *   (properties?: ilr.v1.PatronInquiry.$Properties): ilr.v1.PatronInquiry;
             * }}
             */
            PatronInquiry.create = function(properties) {
                return new PatronInquiry(properties);
            };

            /**
             * Encodes the specified PatronInquiry message. Does not implicitly {@link ilr.v1.PatronInquiry.verify|verify} messages.
             * @function encode
             * @memberof ilr.v1.PatronInquiry
             * @static
             * @param {ilr.v1.PatronInquiry.$Properties} message PatronInquiry message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PatronInquiry.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.patron != null && $Object.hasOwnProperty.call(message, "patron"))
                    $root.ilr.v1.PatronRef.encode(message.patron, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.lookup != null && $Object.hasOwnProperty.call(message, "lookup"))
                    $root.ilr.v1.LookupKey.encode(message.lookup, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.requester != null && $Object.hasOwnProperty.call(message, "requester"))
                    $root.ilr.v1.Requester.encode(message.requester, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.purpose != null && $Object.hasOwnProperty.call(message, "purpose") && message.purpose !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).int32(message.purpose);
                if (message.basis != null && $Object.hasOwnProperty.call(message, "basis") && message.basis !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).int32(message.basis);
                if (message.wants != null && message.wants.length)
                    writer.uint32(/* id 6, wireType 2 =*/50).int32s(message.wants);
                if (message.note != null && $Object.hasOwnProperty.call(message, "note") && message.note !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.note);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PatronInquiry message from the specified reader or buffer.
             * @function decode
             * @memberof ilr.v1.PatronInquiry
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ilr.v1.PatronInquiry & ilr.v1.PatronInquiry.$Shape} PatronInquiry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PatronInquiry.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ilr.v1.PatronInquiry();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.patron = $root.ilr.v1.PatronRef.decode(reader, reader.size(), $undefined, _depth + 1, message.patron);
                            message.subject = "patron";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.lookup = $root.ilr.v1.LookupKey.decode(reader, reader.size(), $undefined, _depth + 1, message.lookup);
                            message.subject = "lookup";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.requester = $root.ilr.v1.Requester.decode(reader, reader.size(), $undefined, _depth + 1, message.requester);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.purpose = value;
                            else
                                delete message.purpose;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.basis = value;
                            else
                                delete message.basis;
                            continue;
                        }
                    case 6: {
                            if (wireType === 2) {
                                if (!(message.wants && message.wants.length))
                                    message.wants = [];
                                reader.int32s(message.wants);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.wants && message.wants.length))
                                message.wants = [];
                            message.wants.push(reader.int32());
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.note = value;
                            else
                                delete message.note;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a PatronInquiry message.
             * @function verify
             * @memberof ilr.v1.PatronInquiry
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PatronInquiry.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.patron != null && $Object.hasOwnProperty.call(message, "patron")) {
                    properties.subject = 1;
                    {
                        let error = $root.ilr.v1.PatronRef.verify(message.patron, _depth + 1);
                        if (error)
                            return "patron." + error;
                    }
                }
                if (message.lookup != null && $Object.hasOwnProperty.call(message, "lookup")) {
                    if (properties.subject === 1)
                        return "subject: multiple values";
                    properties.subject = 1;
                    {
                        let error = $root.ilr.v1.LookupKey.verify(message.lookup, _depth + 1);
                        if (error)
                            return "lookup." + error;
                    }
                }
                if (message.requester != null && $Object.hasOwnProperty.call(message, "requester")) {
                    let error = $root.ilr.v1.Requester.verify(message.requester, _depth + 1);
                    if (error)
                        return "requester." + error;
                }
                if (message.purpose != null && $Object.hasOwnProperty.call(message, "purpose"))
                    if (typeof message.purpose !== "number" || (message.purpose | 0) !== message.purpose)
                        return "purpose: enum value expected";
                if (message.basis != null && $Object.hasOwnProperty.call(message, "basis"))
                    if (typeof message.basis !== "number" || (message.basis | 0) !== message.basis)
                        return "basis: enum value expected";
                if (message.wants != null && $Object.hasOwnProperty.call(message, "wants")) {
                    if (!$Array.isArray(message.wants))
                        return "wants: array expected";
                    for (let i = 0; i < message.wants.length; ++i)
                        if (typeof message.wants[i] !== "number" || (message.wants[i] | 0) !== message.wants[i])
                            return "wants: enum value[] expected";
                }
                if (message.note != null && $Object.hasOwnProperty.call(message, "note"))
                    if (!$util.isString(message.note))
                        return "note: string expected";
                return null;
            };

            /**
             * Creates a PatronInquiry message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ilr.v1.PatronInquiry
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ilr.v1.PatronInquiry} PatronInquiry
             */
            PatronInquiry.fromObject = function (object, _depth) {
                if (object instanceof $root.ilr.v1.PatronInquiry)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ilr.v1.PatronInquiry: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ilr.v1.PatronInquiry();
                if (object.patron != null) {
                    if (!$util.isObject(object.patron))
                        throw $TypeError(".ilr.v1.PatronInquiry.patron: object expected");
                    message.patron = $root.ilr.v1.PatronRef.fromObject(object.patron, _depth + 1);
                }
                if (object.lookup != null) {
                    if (!$util.isObject(object.lookup))
                        throw $TypeError(".ilr.v1.PatronInquiry.lookup: object expected");
                    message.lookup = $root.ilr.v1.LookupKey.fromObject(object.lookup, _depth + 1);
                }
                if (object.requester != null) {
                    if (!$util.isObject(object.requester))
                        throw $TypeError(".ilr.v1.PatronInquiry.requester: object expected");
                    message.requester = $root.ilr.v1.Requester.fromObject(object.requester, _depth + 1);
                }
                if (object.purpose !== 0 && (typeof object.purpose !== "string" || $root.ilr.v1.Purpose[object.purpose] !== 0))
                    switch (object.purpose) {
                    case "PURPOSE_UNSPECIFIED":
                    case 0:
                        message.purpose = 0;
                        break;
                    case "PURPOSE_MATERIAL_RECOVERY":
                    case 1:
                        message.purpose = 1;
                        break;
                    case "PURPOSE_FINE_COLLECTION":
                    case 2:
                        message.purpose = 2;
                        break;
                    case "PURPOSE_RESOURCE_SHARING":
                    case 3:
                        message.purpose = 3;
                        break;
                    case "PURPOSE_ACCOUNT_SERVICE":
                    case 4:
                        message.purpose = 4;
                        break;
                    case "PURPOSE_INVESTIGATION":
                    case 5:
                        message.purpose = 5;
                        break;
                    case "PURPOSE_RECORDS_REQUEST":
                    case 6:
                        message.purpose = 6;
                        break;
                    case "PURPOSE_WELFARE":
                    case 7:
                        message.purpose = 7;
                        break;
                    case "PURPOSE_OTHER":
                    case 8:
                        message.purpose = 8;
                        break;
                    default:
                        if (typeof object.purpose === "number" && (object.purpose | 0) === object.purpose)
                            message.purpose = object.purpose;
                    }
                if (object.basis !== 0 && (typeof object.basis !== "string" || $root.ilr.v1.LegalBasis[object.basis] !== 0))
                    switch (object.basis) {
                    case "LEGAL_BASIS_UNSPECIFIED":
                    case 0:
                        message.basis = 0;
                        break;
                    case "LEGAL_BASIS_NONE":
                    case 1:
                        message.basis = 1;
                        break;
                    case "LEGAL_BASIS_PATRON_WRITTEN_CONSENT":
                    case 2:
                        message.basis = 2;
                        break;
                    case "LEGAL_BASIS_PATRON_REQUEST":
                    case 3:
                        message.basis = 3;
                        break;
                    case "LEGAL_BASIS_LIBRARY_OPERATIONS":
                    case 4:
                        message.basis = 4;
                        break;
                    case "LEGAL_BASIS_INTERLIBRARY_COOPERATION":
                    case 5:
                        message.basis = 5;
                        break;
                    case "LEGAL_BASIS_MATERIAL_RECOVERY":
                    case 6:
                        message.basis = 6;
                        break;
                    case "LEGAL_BASIS_COLLECTION_AGENCY":
                    case 7:
                        message.basis = 7;
                        break;
                    case "LEGAL_BASIS_PARENT_OF_MINOR":
                    case 8:
                        message.basis = 8;
                        break;
                    case "LEGAL_BASIS_COURT_ORDER":
                    case 9:
                        message.basis = 9;
                        break;
                    case "LEGAL_BASIS_SUBPOENA":
                    case 10:
                        message.basis = 10;
                        break;
                    case "LEGAL_BASIS_SEARCH_WARRANT":
                    case 11:
                        message.basis = 11;
                        break;
                    case "LEGAL_BASIS_NATIONAL_SECURITY_LETTER":
                    case 12:
                        message.basis = 12;
                        break;
                    case "LEGAL_BASIS_FISA_ORDER":
                    case 13:
                        message.basis = 13;
                        break;
                    case "LEGAL_BASIS_REQUIRED_BY_LAW":
                    case 14:
                        message.basis = 14;
                        break;
                    case "LEGAL_BASIS_LAW_ENFORCEMENT_EMERGENCY":
                    case 15:
                        message.basis = 15;
                        break;
                    default:
                        if (typeof object.basis === "number" && (object.basis | 0) === object.basis)
                            message.basis = object.basis;
                    }
                if (object.wants) {
                    if (!$Array.isArray(object.wants))
                        throw $TypeError(".ilr.v1.PatronInquiry.wants: array expected");
                    message.wants = [];
                    for (let i = 0; i < object.wants.length; ++i)
                        switch (object.wants[i]) {
                        case "WANT_UNSPECIFIED":
                        case 0:
                            message.wants[message.wants.length] = 0;
                            break;
                        case "WANT_EXISTENCE":
                        case 1:
                            message.wants[message.wants.length] = 1;
                            break;
                        case "WANT_IDENTITY":
                        case 2:
                            message.wants[message.wants.length] = 2;
                            break;
                        case "WANT_CONTACT":
                        case 3:
                            message.wants[message.wants.length] = 3;
                            break;
                        case "WANT_CIRCULATION":
                        case 4:
                            message.wants[message.wants.length] = 4;
                            break;
                        case "WANT_HOLDS":
                        case 5:
                            message.wants[message.wants.length] = 5;
                            break;
                        case "WANT_OVERDUE":
                        case 6:
                            message.wants[message.wants.length] = 6;
                            break;
                        case "WANT_FEES":
                        case 7:
                            message.wants[message.wants.length] = 7;
                            break;
                        case "WANT_HISTORY":
                        case 8:
                            message.wants[message.wants.length] = 8;
                            break;
                        case "WANT_ACCOUNT_ACTION":
                        case 9:
                            message.wants[message.wants.length] = 9;
                            break;
                        case "WANT_NOTICE_TO_PATRON":
                        case 10:
                            message.wants[message.wants.length] = 10;
                            break;
                        case "WANT_GUARDIAN_IDENTITY":
                        case 11:
                            message.wants[message.wants.length] = 11;
                            break;
                        case "WANT_SURVEILLANCE_RECORDS":
                        case 12:
                            message.wants[message.wants.length] = 12;
                            break;
                        default:
                            if (typeof object.wants[i] === "number" && (object.wants[i] | 0) === object.wants[i])
                                message.wants[message.wants.length] = object.wants[i];
                        }
                }
                if (object.note != null)
                    if (typeof object.note !== "string" || object.note.length)
                        message.note = $String(object.note);
                return message;
            };

            /**
             * Creates a plain object from a PatronInquiry message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ilr.v1.PatronInquiry
             * @static
             * @param {ilr.v1.PatronInquiry} message PatronInquiry
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PatronInquiry.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.wants = [];
                if (options.defaults) {
                    object.requester = null;
                    object.purpose = options.enums === $String ? "PURPOSE_UNSPECIFIED" : 0;
                    object.basis = options.enums === $String ? "LEGAL_BASIS_UNSPECIFIED" : 0;
                    object.note = "";
                }
                if (message.patron != null && $Object.hasOwnProperty.call(message, "patron")) {
                    object.patron = $root.ilr.v1.PatronRef.toObject(message.patron, options, _depth + 1);
                    if (options.oneofs)
                        object.subject = "patron";
                }
                if (message.lookup != null && $Object.hasOwnProperty.call(message, "lookup")) {
                    object.lookup = $root.ilr.v1.LookupKey.toObject(message.lookup, options, _depth + 1);
                    if (options.oneofs)
                        object.subject = "lookup";
                }
                if (message.requester != null && $Object.hasOwnProperty.call(message, "requester"))
                    object.requester = $root.ilr.v1.Requester.toObject(message.requester, options, _depth + 1);
                if (message.purpose != null && $Object.hasOwnProperty.call(message, "purpose"))
                    object.purpose = options.enums === $String ? $root.ilr.v1.Purpose[message.purpose] === $undefined ? message.purpose : $root.ilr.v1.Purpose[message.purpose] : message.purpose;
                if (message.basis != null && $Object.hasOwnProperty.call(message, "basis"))
                    object.basis = options.enums === $String ? $root.ilr.v1.LegalBasis[message.basis] === $undefined ? message.basis : $root.ilr.v1.LegalBasis[message.basis] : message.basis;
                if (message.wants && message.wants.length) {
                    object.wants = $Array(message.wants.length);
                    for (let j = 0; j < message.wants.length; ++j)
                        object.wants[j] = options.enums === $String ? $root.ilr.v1.Want[message.wants[j]] === $undefined ? message.wants[j] : $root.ilr.v1.Want[message.wants[j]] : message.wants[j];
                }
                if (message.note != null && $Object.hasOwnProperty.call(message, "note"))
                    object.note = message.note;
                return object;
            };

            /**
             * Converts this PatronInquiry to JSON.
             * @function toJSON
             * @memberof ilr.v1.PatronInquiry
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PatronInquiry.prototype.toJSON = function() {
                return PatronInquiry.toObject(this, $protobuf.util.toJSONOptions);
            };

            return PatronInquiry;
        })();

        v1.AccountInquiry = (function() {

            /**
             * Properties of an AccountInquiry.
             * @typedef {Object} ilr.v1.AccountInquiry.$Properties
             * @property {ilr.v1.PersonRequester.$Properties|null} [requester] AccountInquiry requester
             * @property {string|null} [credentialValue] AccountInquiry credentialValue
             * @property {ilr.v1.Purpose|null} [purpose] AccountInquiry purpose
             * @property {ilr.v1.LegalBasis|null} [basis] AccountInquiry basis
             * @property {Array.<ilr.v1.Want>|null} [wants] AccountInquiry wants
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AccountInquiry.
             * @memberof ilr.v1
             * @interface IAccountInquiry
             * @augments ilr.v1.AccountInquiry.$Properties
             * @deprecated Use ilr.v1.AccountInquiry.$Properties instead.
             */

            /**
             * Shape of an AccountInquiry.
             * @typedef {ilr.v1.AccountInquiry.$Properties} ilr.v1.AccountInquiry.$Shape
             */

            /**
             * Constructs a new AccountInquiry.
             * @memberof ilr.v1
             * @classdesc Represents an AccountInquiry.
             * @constructor
             * @param {ilr.v1.AccountInquiry.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AccountInquiry = function (properties) {
                this.wants = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AccountInquiry requester.
             * @member {ilr.v1.PersonRequester.$Properties|null|undefined} requester
             * @memberof ilr.v1.AccountInquiry
             * @instance
             */
            AccountInquiry.prototype.requester = null;

            /**
             * AccountInquiry credentialValue.
             * @member {string} credentialValue
             * @memberof ilr.v1.AccountInquiry
             * @instance
             */
            AccountInquiry.prototype.credentialValue = "";

            /**
             * AccountInquiry purpose.
             * @member {ilr.v1.Purpose} purpose
             * @memberof ilr.v1.AccountInquiry
             * @instance
             */
            AccountInquiry.prototype.purpose = 0;

            /**
             * AccountInquiry basis.
             * @member {ilr.v1.LegalBasis} basis
             * @memberof ilr.v1.AccountInquiry
             * @instance
             */
            AccountInquiry.prototype.basis = 0;

            /**
             * AccountInquiry wants.
             * @member {Array.<ilr.v1.Want>} wants
             * @memberof ilr.v1.AccountInquiry
             * @instance
             */
            AccountInquiry.prototype.wants = $util.emptyArray;

            /**
             * Creates a new AccountInquiry instance using the specified properties.
             * @function create
             * @memberof ilr.v1.AccountInquiry
             * @static
             * @param {ilr.v1.AccountInquiry.$Properties=} [properties] Properties to set
             * @returns {ilr.v1.AccountInquiry} AccountInquiry instance
             * @type {{
             *   (properties: ilr.v1.AccountInquiry.$Shape): ilr.v1.AccountInquiry & ilr.v1.AccountInquiry.$Shape;
             *   (properties?: ilr.v1.AccountInquiry.$Properties): ilr.v1.AccountInquiry;
             * }}
             */
            AccountInquiry.create = function(properties) {
                return new AccountInquiry(properties);
            };

            /**
             * Encodes the specified AccountInquiry message. Does not implicitly {@link ilr.v1.AccountInquiry.verify|verify} messages.
             * @function encode
             * @memberof ilr.v1.AccountInquiry
             * @static
             * @param {ilr.v1.AccountInquiry.$Properties} message AccountInquiry message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AccountInquiry.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.requester != null && $Object.hasOwnProperty.call(message, "requester"))
                    $root.ilr.v1.PersonRequester.encode(message.requester, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.credentialValue != null && $Object.hasOwnProperty.call(message, "credentialValue") && message.credentialValue !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.credentialValue);
                if (message.purpose != null && $Object.hasOwnProperty.call(message, "purpose") && message.purpose !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.purpose);
                if (message.basis != null && $Object.hasOwnProperty.call(message, "basis") && message.basis !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).int32(message.basis);
                if (message.wants != null && message.wants.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).int32s(message.wants);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AccountInquiry message from the specified reader or buffer.
             * @function decode
             * @memberof ilr.v1.AccountInquiry
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ilr.v1.AccountInquiry & ilr.v1.AccountInquiry.$Shape} AccountInquiry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AccountInquiry.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ilr.v1.AccountInquiry();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.requester = $root.ilr.v1.PersonRequester.decode(reader, reader.size(), $undefined, _depth + 1, message.requester);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.credentialValue = value;
                            else
                                delete message.credentialValue;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.purpose = value;
                            else
                                delete message.purpose;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.basis = value;
                            else
                                delete message.basis;
                            continue;
                        }
                    case 5: {
                            if (wireType === 2) {
                                if (!(message.wants && message.wants.length))
                                    message.wants = [];
                                reader.int32s(message.wants);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.wants && message.wants.length))
                                message.wants = [];
                            message.wants.push(reader.int32());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an AccountInquiry message.
             * @function verify
             * @memberof ilr.v1.AccountInquiry
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            AccountInquiry.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.requester != null && $Object.hasOwnProperty.call(message, "requester")) {
                    let error = $root.ilr.v1.PersonRequester.verify(message.requester, _depth + 1);
                    if (error)
                        return "requester." + error;
                }
                if (message.credentialValue != null && $Object.hasOwnProperty.call(message, "credentialValue"))
                    if (!$util.isString(message.credentialValue))
                        return "credentialValue: string expected";
                if (message.purpose != null && $Object.hasOwnProperty.call(message, "purpose"))
                    if (typeof message.purpose !== "number" || (message.purpose | 0) !== message.purpose)
                        return "purpose: enum value expected";
                if (message.basis != null && $Object.hasOwnProperty.call(message, "basis"))
                    if (typeof message.basis !== "number" || (message.basis | 0) !== message.basis)
                        return "basis: enum value expected";
                if (message.wants != null && $Object.hasOwnProperty.call(message, "wants")) {
                    if (!$Array.isArray(message.wants))
                        return "wants: array expected";
                    for (let i = 0; i < message.wants.length; ++i)
                        if (typeof message.wants[i] !== "number" || (message.wants[i] | 0) !== message.wants[i])
                            return "wants: enum value[] expected";
                }
                return null;
            };

            /**
             * Creates an AccountInquiry message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ilr.v1.AccountInquiry
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ilr.v1.AccountInquiry} AccountInquiry
             */
            AccountInquiry.fromObject = function (object, _depth) {
                if (object instanceof $root.ilr.v1.AccountInquiry)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ilr.v1.AccountInquiry: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ilr.v1.AccountInquiry();
                if (object.requester != null) {
                    if (!$util.isObject(object.requester))
                        throw $TypeError(".ilr.v1.AccountInquiry.requester: object expected");
                    message.requester = $root.ilr.v1.PersonRequester.fromObject(object.requester, _depth + 1);
                }
                if (object.credentialValue != null)
                    if (typeof object.credentialValue !== "string" || object.credentialValue.length)
                        message.credentialValue = $String(object.credentialValue);
                if (object.purpose !== 0 && (typeof object.purpose !== "string" || $root.ilr.v1.Purpose[object.purpose] !== 0))
                    switch (object.purpose) {
                    case "PURPOSE_UNSPECIFIED":
                    case 0:
                        message.purpose = 0;
                        break;
                    case "PURPOSE_MATERIAL_RECOVERY":
                    case 1:
                        message.purpose = 1;
                        break;
                    case "PURPOSE_FINE_COLLECTION":
                    case 2:
                        message.purpose = 2;
                        break;
                    case "PURPOSE_RESOURCE_SHARING":
                    case 3:
                        message.purpose = 3;
                        break;
                    case "PURPOSE_ACCOUNT_SERVICE":
                    case 4:
                        message.purpose = 4;
                        break;
                    case "PURPOSE_INVESTIGATION":
                    case 5:
                        message.purpose = 5;
                        break;
                    case "PURPOSE_RECORDS_REQUEST":
                    case 6:
                        message.purpose = 6;
                        break;
                    case "PURPOSE_WELFARE":
                    case 7:
                        message.purpose = 7;
                        break;
                    case "PURPOSE_OTHER":
                    case 8:
                        message.purpose = 8;
                        break;
                    default:
                        if (typeof object.purpose === "number" && (object.purpose | 0) === object.purpose)
                            message.purpose = object.purpose;
                    }
                if (object.basis !== 0 && (typeof object.basis !== "string" || $root.ilr.v1.LegalBasis[object.basis] !== 0))
                    switch (object.basis) {
                    case "LEGAL_BASIS_UNSPECIFIED":
                    case 0:
                        message.basis = 0;
                        break;
                    case "LEGAL_BASIS_NONE":
                    case 1:
                        message.basis = 1;
                        break;
                    case "LEGAL_BASIS_PATRON_WRITTEN_CONSENT":
                    case 2:
                        message.basis = 2;
                        break;
                    case "LEGAL_BASIS_PATRON_REQUEST":
                    case 3:
                        message.basis = 3;
                        break;
                    case "LEGAL_BASIS_LIBRARY_OPERATIONS":
                    case 4:
                        message.basis = 4;
                        break;
                    case "LEGAL_BASIS_INTERLIBRARY_COOPERATION":
                    case 5:
                        message.basis = 5;
                        break;
                    case "LEGAL_BASIS_MATERIAL_RECOVERY":
                    case 6:
                        message.basis = 6;
                        break;
                    case "LEGAL_BASIS_COLLECTION_AGENCY":
                    case 7:
                        message.basis = 7;
                        break;
                    case "LEGAL_BASIS_PARENT_OF_MINOR":
                    case 8:
                        message.basis = 8;
                        break;
                    case "LEGAL_BASIS_COURT_ORDER":
                    case 9:
                        message.basis = 9;
                        break;
                    case "LEGAL_BASIS_SUBPOENA":
                    case 10:
                        message.basis = 10;
                        break;
                    case "LEGAL_BASIS_SEARCH_WARRANT":
                    case 11:
                        message.basis = 11;
                        break;
                    case "LEGAL_BASIS_NATIONAL_SECURITY_LETTER":
                    case 12:
                        message.basis = 12;
                        break;
                    case "LEGAL_BASIS_FISA_ORDER":
                    case 13:
                        message.basis = 13;
                        break;
                    case "LEGAL_BASIS_REQUIRED_BY_LAW":
                    case 14:
                        message.basis = 14;
                        break;
                    case "LEGAL_BASIS_LAW_ENFORCEMENT_EMERGENCY":
                    case 15:
                        message.basis = 15;
                        break;
                    default:
                        if (typeof object.basis === "number" && (object.basis | 0) === object.basis)
                            message.basis = object.basis;
                    }
                if (object.wants) {
                    if (!$Array.isArray(object.wants))
                        throw $TypeError(".ilr.v1.AccountInquiry.wants: array expected");
                    message.wants = [];
                    for (let i = 0; i < object.wants.length; ++i)
                        switch (object.wants[i]) {
                        case "WANT_UNSPECIFIED":
                        case 0:
                            message.wants[message.wants.length] = 0;
                            break;
                        case "WANT_EXISTENCE":
                        case 1:
                            message.wants[message.wants.length] = 1;
                            break;
                        case "WANT_IDENTITY":
                        case 2:
                            message.wants[message.wants.length] = 2;
                            break;
                        case "WANT_CONTACT":
                        case 3:
                            message.wants[message.wants.length] = 3;
                            break;
                        case "WANT_CIRCULATION":
                        case 4:
                            message.wants[message.wants.length] = 4;
                            break;
                        case "WANT_HOLDS":
                        case 5:
                            message.wants[message.wants.length] = 5;
                            break;
                        case "WANT_OVERDUE":
                        case 6:
                            message.wants[message.wants.length] = 6;
                            break;
                        case "WANT_FEES":
                        case 7:
                            message.wants[message.wants.length] = 7;
                            break;
                        case "WANT_HISTORY":
                        case 8:
                            message.wants[message.wants.length] = 8;
                            break;
                        case "WANT_ACCOUNT_ACTION":
                        case 9:
                            message.wants[message.wants.length] = 9;
                            break;
                        case "WANT_NOTICE_TO_PATRON":
                        case 10:
                            message.wants[message.wants.length] = 10;
                            break;
                        case "WANT_GUARDIAN_IDENTITY":
                        case 11:
                            message.wants[message.wants.length] = 11;
                            break;
                        case "WANT_SURVEILLANCE_RECORDS":
                        case 12:
                            message.wants[message.wants.length] = 12;
                            break;
                        default:
                            if (typeof object.wants[i] === "number" && (object.wants[i] | 0) === object.wants[i])
                                message.wants[message.wants.length] = object.wants[i];
                        }
                }
                return message;
            };

            /**
             * Creates a plain object from an AccountInquiry message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ilr.v1.AccountInquiry
             * @static
             * @param {ilr.v1.AccountInquiry} message AccountInquiry
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AccountInquiry.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.wants = [];
                if (options.defaults) {
                    object.requester = null;
                    object.credentialValue = "";
                    object.purpose = options.enums === $String ? "PURPOSE_UNSPECIFIED" : 0;
                    object.basis = options.enums === $String ? "LEGAL_BASIS_UNSPECIFIED" : 0;
                }
                if (message.requester != null && $Object.hasOwnProperty.call(message, "requester"))
                    object.requester = $root.ilr.v1.PersonRequester.toObject(message.requester, options, _depth + 1);
                if (message.credentialValue != null && $Object.hasOwnProperty.call(message, "credentialValue"))
                    object.credentialValue = message.credentialValue;
                if (message.purpose != null && $Object.hasOwnProperty.call(message, "purpose"))
                    object.purpose = options.enums === $String ? $root.ilr.v1.Purpose[message.purpose] === $undefined ? message.purpose : $root.ilr.v1.Purpose[message.purpose] : message.purpose;
                if (message.basis != null && $Object.hasOwnProperty.call(message, "basis"))
                    object.basis = options.enums === $String ? $root.ilr.v1.LegalBasis[message.basis] === $undefined ? message.basis : $root.ilr.v1.LegalBasis[message.basis] : message.basis;
                if (message.wants && message.wants.length) {
                    object.wants = $Array(message.wants.length);
                    for (let j = 0; j < message.wants.length; ++j)
                        object.wants[j] = options.enums === $String ? $root.ilr.v1.Want[message.wants[j]] === $undefined ? message.wants[j] : $root.ilr.v1.Want[message.wants[j]] : message.wants[j];
                }
                return object;
            };

            /**
             * Converts this AccountInquiry to JSON.
             * @function toJSON
             * @memberof ilr.v1.AccountInquiry
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AccountInquiry.prototype.toJSON = function() {
                return AccountInquiry.toObject(this, $protobuf.util.toJSONOptions);
            };

            return AccountInquiry;
        })();

        v1.HoldPickup = (function() {

            /**
             * Properties of a HoldPickup.
             * @typedef {Object} ilr.v1.HoldPickup.$Properties
             * @property {ilr.v1.PatronRef.$Properties|null} [patron] HoldPickup patron
             * @property {string|null} [itemId] HoldPickup itemId
             * @property {string|null} [pickupLibrary] HoldPickup pickupLibrary
             * @property {string|null} [label] HoldPickup label
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HoldPickup.
             * @memberof ilr.v1
             * @interface IHoldPickup
             * @augments ilr.v1.HoldPickup.$Properties
             * @deprecated Use ilr.v1.HoldPickup.$Properties instead.
             */

            /**
             * Shape of a HoldPickup.
             * @typedef {ilr.v1.HoldPickup.$Properties} ilr.v1.HoldPickup.$Shape
             */

            /**
             * Constructs a new HoldPickup.
             * @memberof ilr.v1
             * @classdesc Represents a HoldPickup.
             * @constructor
             * @param {ilr.v1.HoldPickup.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const HoldPickup = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * HoldPickup patron.
             * @member {ilr.v1.PatronRef.$Properties|null|undefined} patron
             * @memberof ilr.v1.HoldPickup
             * @instance
             */
            HoldPickup.prototype.patron = null;

            /**
             * HoldPickup itemId.
             * @member {string} itemId
             * @memberof ilr.v1.HoldPickup
             * @instance
             */
            HoldPickup.prototype.itemId = "";

            /**
             * HoldPickup pickupLibrary.
             * @member {string} pickupLibrary
             * @memberof ilr.v1.HoldPickup
             * @instance
             */
            HoldPickup.prototype.pickupLibrary = "";

            /**
             * HoldPickup label.
             * @member {string} label
             * @memberof ilr.v1.HoldPickup
             * @instance
             */
            HoldPickup.prototype.label = "";

            /**
             * Creates a new HoldPickup instance using the specified properties.
             * @function create
             * @memberof ilr.v1.HoldPickup
             * @static
             * @param {ilr.v1.HoldPickup.$Properties=} [properties] Properties to set
             * @returns {ilr.v1.HoldPickup} HoldPickup instance
             * @type {{
             *   (properties: ilr.v1.HoldPickup.$Shape): ilr.v1.HoldPickup & ilr.v1.HoldPickup.$Shape;
             *   (properties?: ilr.v1.HoldPickup.$Properties): ilr.v1.HoldPickup;
             * }}
             */
            HoldPickup.create = function(properties) {
                return new HoldPickup(properties);
            };

            /**
             * Encodes the specified HoldPickup message. Does not implicitly {@link ilr.v1.HoldPickup.verify|verify} messages.
             * @function encode
             * @memberof ilr.v1.HoldPickup
             * @static
             * @param {ilr.v1.HoldPickup.$Properties} message HoldPickup message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HoldPickup.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.patron != null && $Object.hasOwnProperty.call(message, "patron"))
                    $root.ilr.v1.PatronRef.encode(message.patron, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.itemId != null && $Object.hasOwnProperty.call(message, "itemId") && message.itemId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.itemId);
                if (message.pickupLibrary != null && $Object.hasOwnProperty.call(message, "pickupLibrary") && message.pickupLibrary !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.pickupLibrary);
                if (message.label != null && $Object.hasOwnProperty.call(message, "label") && message.label !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.label);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a HoldPickup message from the specified reader or buffer.
             * @function decode
             * @memberof ilr.v1.HoldPickup
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ilr.v1.HoldPickup & ilr.v1.HoldPickup.$Shape} HoldPickup
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HoldPickup.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ilr.v1.HoldPickup();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.patron = $root.ilr.v1.PatronRef.decode(reader, reader.size(), $undefined, _depth + 1, message.patron);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.itemId = value;
                            else
                                delete message.itemId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.pickupLibrary = value;
                            else
                                delete message.pickupLibrary;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.label = value;
                            else
                                delete message.label;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a HoldPickup message.
             * @function verify
             * @memberof ilr.v1.HoldPickup
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            HoldPickup.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.patron != null && $Object.hasOwnProperty.call(message, "patron")) {
                    let error = $root.ilr.v1.PatronRef.verify(message.patron, _depth + 1);
                    if (error)
                        return "patron." + error;
                }
                if (message.itemId != null && $Object.hasOwnProperty.call(message, "itemId"))
                    if (!$util.isString(message.itemId))
                        return "itemId: string expected";
                if (message.pickupLibrary != null && $Object.hasOwnProperty.call(message, "pickupLibrary"))
                    if (!$util.isString(message.pickupLibrary))
                        return "pickupLibrary: string expected";
                if (message.label != null && $Object.hasOwnProperty.call(message, "label"))
                    if (!$util.isString(message.label))
                        return "label: string expected";
                return null;
            };

            /**
             * Creates a HoldPickup message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ilr.v1.HoldPickup
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ilr.v1.HoldPickup} HoldPickup
             */
            HoldPickup.fromObject = function (object, _depth) {
                if (object instanceof $root.ilr.v1.HoldPickup)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ilr.v1.HoldPickup: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ilr.v1.HoldPickup();
                if (object.patron != null) {
                    if (!$util.isObject(object.patron))
                        throw $TypeError(".ilr.v1.HoldPickup.patron: object expected");
                    message.patron = $root.ilr.v1.PatronRef.fromObject(object.patron, _depth + 1);
                }
                if (object.itemId != null)
                    if (typeof object.itemId !== "string" || object.itemId.length)
                        message.itemId = $String(object.itemId);
                if (object.pickupLibrary != null)
                    if (typeof object.pickupLibrary !== "string" || object.pickupLibrary.length)
                        message.pickupLibrary = $String(object.pickupLibrary);
                if (object.label != null)
                    if (typeof object.label !== "string" || object.label.length)
                        message.label = $String(object.label);
                return message;
            };

            /**
             * Creates a plain object from a HoldPickup message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ilr.v1.HoldPickup
             * @static
             * @param {ilr.v1.HoldPickup} message HoldPickup
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            HoldPickup.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.patron = null;
                    object.itemId = "";
                    object.pickupLibrary = "";
                    object.label = "";
                }
                if (message.patron != null && $Object.hasOwnProperty.call(message, "patron"))
                    object.patron = $root.ilr.v1.PatronRef.toObject(message.patron, options, _depth + 1);
                if (message.itemId != null && $Object.hasOwnProperty.call(message, "itemId"))
                    object.itemId = message.itemId;
                if (message.pickupLibrary != null && $Object.hasOwnProperty.call(message, "pickupLibrary"))
                    object.pickupLibrary = message.pickupLibrary;
                if (message.label != null && $Object.hasOwnProperty.call(message, "label"))
                    object.label = message.label;
                return object;
            };

            /**
             * Converts this HoldPickup to JSON.
             * @function toJSON
             * @memberof ilr.v1.HoldPickup
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            HoldPickup.prototype.toJSON = function() {
                return HoldPickup.toObject(this, $protobuf.util.toJSONOptions);
            };

            return HoldPickup;
        })();

        v1.LegalProcessRequest = (function() {

            /**
             * Properties of a LegalProcessRequest.
             * @typedef {Object} ilr.v1.LegalProcessRequest.$Properties
             * @property {ilr.v1.LegalProcess.$Properties|null} [process] LegalProcessRequest process
             * @property {ilr.v1.AgencyRequester.$Properties|null} [requester] LegalProcessRequest requester
             * @property {Array.<ilr.v1.Want>|null} [wants] LegalProcessRequest wants
             * @property {ilr.v1.PatronRef.$Properties|null} [patron] LegalProcessRequest patron
             * @property {ilr.v1.LookupKey.$Properties|null} [lookup] LegalProcessRequest lookup
             * @property {string|null} [documentRef] LegalProcessRequest documentRef
             * @property {ilr.v1.Purpose|null} [purpose] LegalProcessRequest purpose
             * @property {ilr.v1.LegalBasis|null} [basis] LegalProcessRequest basis
             * @property {"patron"|"lookup"} [subject] LegalProcessRequest subject
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LegalProcessRequest.
             * @memberof ilr.v1
             * @interface ILegalProcessRequest
             * @augments ilr.v1.LegalProcessRequest.$Properties
             * @deprecated Use ilr.v1.LegalProcessRequest.$Properties instead.
             */

            /**
             * Narrowed shape of a LegalProcessRequest.
             * @typedef {{
             *   process?: ilr.v1.LegalProcess.$Shape|null;
             *   requester?: ilr.v1.AgencyRequester.$Shape|null;
             *   wants?: Array.<ilr.v1.Want>|null;
             *   patron?: ilr.v1.PatronRef.$Shape|null;
             *   lookup?: ilr.v1.LookupKey.$Shape|null;
             *   documentRef?: string|null;
             *   purpose?: ilr.v1.Purpose|null;
             *   basis?: ilr.v1.LegalBasis|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ subject?: undefined; patron?: null; lookup?: null }|{ subject?: "patron"; patron: ilr.v1.PatronRef.$Shape; lookup?: null }|{ subject?: "lookup"; patron?: null; lookup: ilr.v1.LookupKey.$Shape })
             * )} ilr.v1.LegalProcessRequest.$Shape
             */

            /**
             * Constructs a new LegalProcessRequest.
             * @memberof ilr.v1
             * @classdesc Represents a LegalProcessRequest.
             * @constructor
             * @param {ilr.v1.LegalProcessRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LegalProcessRequest = function (properties) {
                this.wants = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * LegalProcessRequest process.
             * @member {ilr.v1.LegalProcess.$Properties|null|undefined} process
             * @memberof ilr.v1.LegalProcessRequest
             * @instance
             */
            LegalProcessRequest.prototype.process = null;

            /**
             * LegalProcessRequest requester.
             * @member {ilr.v1.AgencyRequester.$Properties|null|undefined} requester
             * @memberof ilr.v1.LegalProcessRequest
             * @instance
             */
            LegalProcessRequest.prototype.requester = null;

            /**
             * LegalProcessRequest wants.
             * @member {Array.<ilr.v1.Want>} wants
             * @memberof ilr.v1.LegalProcessRequest
             * @instance
             */
            LegalProcessRequest.prototype.wants = $util.emptyArray;

            /**
             * LegalProcessRequest patron.
             * @member {ilr.v1.PatronRef.$Properties|null|undefined} patron
             * @memberof ilr.v1.LegalProcessRequest
             * @instance
             */
            LegalProcessRequest.prototype.patron = null;

            /**
             * LegalProcessRequest lookup.
             * @member {ilr.v1.LookupKey.$Properties|null|undefined} lookup
             * @memberof ilr.v1.LegalProcessRequest
             * @instance
             */
            LegalProcessRequest.prototype.lookup = null;

            /**
             * LegalProcessRequest documentRef.
             * @member {string} documentRef
             * @memberof ilr.v1.LegalProcessRequest
             * @instance
             */
            LegalProcessRequest.prototype.documentRef = "";

            /**
             * LegalProcessRequest purpose.
             * @member {ilr.v1.Purpose} purpose
             * @memberof ilr.v1.LegalProcessRequest
             * @instance
             */
            LegalProcessRequest.prototype.purpose = 0;

            /**
             * LegalProcessRequest basis.
             * @member {ilr.v1.LegalBasis} basis
             * @memberof ilr.v1.LegalProcessRequest
             * @instance
             */
            LegalProcessRequest.prototype.basis = 0;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * LegalProcessRequest subject.
             * @member {"patron"|"lookup"|undefined} subject
             * @memberof ilr.v1.LegalProcessRequest
             * @instance
             */
            $Object.defineProperty(LegalProcessRequest.prototype, "subject", {
                get: $util.oneOfGetter($oneOfFields = ["patron", "lookup"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new LegalProcessRequest instance using the specified properties.
             * @function create
             * @memberof ilr.v1.LegalProcessRequest
             * @static
             * @param {ilr.v1.LegalProcessRequest.$Properties=} [properties] Properties to set
             * @returns {ilr.v1.LegalProcessRequest} LegalProcessRequest instance
             * @type {{
             *   (properties: ilr.v1.LegalProcessRequest.$Shape): ilr.v1.LegalProcessRequest & ilr.v1.LegalProcessRequest.$Shape;
             *   (properties?: ilr.v1.LegalProcessRequest.$Properties): ilr.v1.LegalProcessRequest;
             * }}
             */
            LegalProcessRequest.create = function(properties) {
                return new LegalProcessRequest(properties);
            };

            /**
             * Encodes the specified LegalProcessRequest message. Does not implicitly {@link ilr.v1.LegalProcessRequest.verify|verify} messages.
             * @function encode
             * @memberof ilr.v1.LegalProcessRequest
             * @static
             * @param {ilr.v1.LegalProcessRequest.$Properties} message LegalProcessRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LegalProcessRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.process != null && $Object.hasOwnProperty.call(message, "process"))
                    $root.ilr.v1.LegalProcess.encode(message.process, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.requester != null && $Object.hasOwnProperty.call(message, "requester"))
                    $root.ilr.v1.AgencyRequester.encode(message.requester, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.wants != null && message.wants.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).int32s(message.wants);
                if (message.patron != null && $Object.hasOwnProperty.call(message, "patron"))
                    $root.ilr.v1.PatronRef.encode(message.patron, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.lookup != null && $Object.hasOwnProperty.call(message, "lookup"))
                    $root.ilr.v1.LookupKey.encode(message.lookup, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.documentRef != null && $Object.hasOwnProperty.call(message, "documentRef") && message.documentRef !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.documentRef);
                if (message.purpose != null && $Object.hasOwnProperty.call(message, "purpose") && message.purpose !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).int32(message.purpose);
                if (message.basis != null && $Object.hasOwnProperty.call(message, "basis") && message.basis !== 0)
                    writer.uint32(/* id 8, wireType 0 =*/64).int32(message.basis);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a LegalProcessRequest message from the specified reader or buffer.
             * @function decode
             * @memberof ilr.v1.LegalProcessRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ilr.v1.LegalProcessRequest & ilr.v1.LegalProcessRequest.$Shape} LegalProcessRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LegalProcessRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ilr.v1.LegalProcessRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.process = $root.ilr.v1.LegalProcess.decode(reader, reader.size(), $undefined, _depth + 1, message.process);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.requester = $root.ilr.v1.AgencyRequester.decode(reader, reader.size(), $undefined, _depth + 1, message.requester);
                            continue;
                        }
                    case 3: {
                            if (wireType === 2) {
                                if (!(message.wants && message.wants.length))
                                    message.wants = [];
                                reader.int32s(message.wants);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.wants && message.wants.length))
                                message.wants = [];
                            message.wants.push(reader.int32());
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.patron = $root.ilr.v1.PatronRef.decode(reader, reader.size(), $undefined, _depth + 1, message.patron);
                            message.subject = "patron";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.lookup = $root.ilr.v1.LookupKey.decode(reader, reader.size(), $undefined, _depth + 1, message.lookup);
                            message.subject = "lookup";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.documentRef = value;
                            else
                                delete message.documentRef;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.purpose = value;
                            else
                                delete message.purpose;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.basis = value;
                            else
                                delete message.basis;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a LegalProcessRequest message.
             * @function verify
             * @memberof ilr.v1.LegalProcessRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            LegalProcessRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.process != null && $Object.hasOwnProperty.call(message, "process")) {
                    let error = $root.ilr.v1.LegalProcess.verify(message.process, _depth + 1);
                    if (error)
                        return "process." + error;
                }
                if (message.requester != null && $Object.hasOwnProperty.call(message, "requester")) {
                    let error = $root.ilr.v1.AgencyRequester.verify(message.requester, _depth + 1);
                    if (error)
                        return "requester." + error;
                }
                if (message.wants != null && $Object.hasOwnProperty.call(message, "wants")) {
                    if (!$Array.isArray(message.wants))
                        return "wants: array expected";
                    for (let i = 0; i < message.wants.length; ++i)
                        if (typeof message.wants[i] !== "number" || (message.wants[i] | 0) !== message.wants[i])
                            return "wants: enum value[] expected";
                }
                if (message.patron != null && $Object.hasOwnProperty.call(message, "patron")) {
                    properties.subject = 1;
                    {
                        let error = $root.ilr.v1.PatronRef.verify(message.patron, _depth + 1);
                        if (error)
                            return "patron." + error;
                    }
                }
                if (message.lookup != null && $Object.hasOwnProperty.call(message, "lookup")) {
                    if (properties.subject === 1)
                        return "subject: multiple values";
                    properties.subject = 1;
                    {
                        let error = $root.ilr.v1.LookupKey.verify(message.lookup, _depth + 1);
                        if (error)
                            return "lookup." + error;
                    }
                }
                if (message.documentRef != null && $Object.hasOwnProperty.call(message, "documentRef"))
                    if (!$util.isString(message.documentRef))
                        return "documentRef: string expected";
                if (message.purpose != null && $Object.hasOwnProperty.call(message, "purpose"))
                    if (typeof message.purpose !== "number" || (message.purpose | 0) !== message.purpose)
                        return "purpose: enum value expected";
                if (message.basis != null && $Object.hasOwnProperty.call(message, "basis"))
                    if (typeof message.basis !== "number" || (message.basis | 0) !== message.basis)
                        return "basis: enum value expected";
                return null;
            };

            /**
             * Creates a LegalProcessRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ilr.v1.LegalProcessRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ilr.v1.LegalProcessRequest} LegalProcessRequest
             */
            LegalProcessRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.ilr.v1.LegalProcessRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ilr.v1.LegalProcessRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ilr.v1.LegalProcessRequest();
                if (object.process != null) {
                    if (!$util.isObject(object.process))
                        throw $TypeError(".ilr.v1.LegalProcessRequest.process: object expected");
                    message.process = $root.ilr.v1.LegalProcess.fromObject(object.process, _depth + 1);
                }
                if (object.requester != null) {
                    if (!$util.isObject(object.requester))
                        throw $TypeError(".ilr.v1.LegalProcessRequest.requester: object expected");
                    message.requester = $root.ilr.v1.AgencyRequester.fromObject(object.requester, _depth + 1);
                }
                if (object.wants) {
                    if (!$Array.isArray(object.wants))
                        throw $TypeError(".ilr.v1.LegalProcessRequest.wants: array expected");
                    message.wants = [];
                    for (let i = 0; i < object.wants.length; ++i)
                        switch (object.wants[i]) {
                        case "WANT_UNSPECIFIED":
                        case 0:
                            message.wants[message.wants.length] = 0;
                            break;
                        case "WANT_EXISTENCE":
                        case 1:
                            message.wants[message.wants.length] = 1;
                            break;
                        case "WANT_IDENTITY":
                        case 2:
                            message.wants[message.wants.length] = 2;
                            break;
                        case "WANT_CONTACT":
                        case 3:
                            message.wants[message.wants.length] = 3;
                            break;
                        case "WANT_CIRCULATION":
                        case 4:
                            message.wants[message.wants.length] = 4;
                            break;
                        case "WANT_HOLDS":
                        case 5:
                            message.wants[message.wants.length] = 5;
                            break;
                        case "WANT_OVERDUE":
                        case 6:
                            message.wants[message.wants.length] = 6;
                            break;
                        case "WANT_FEES":
                        case 7:
                            message.wants[message.wants.length] = 7;
                            break;
                        case "WANT_HISTORY":
                        case 8:
                            message.wants[message.wants.length] = 8;
                            break;
                        case "WANT_ACCOUNT_ACTION":
                        case 9:
                            message.wants[message.wants.length] = 9;
                            break;
                        case "WANT_NOTICE_TO_PATRON":
                        case 10:
                            message.wants[message.wants.length] = 10;
                            break;
                        case "WANT_GUARDIAN_IDENTITY":
                        case 11:
                            message.wants[message.wants.length] = 11;
                            break;
                        case "WANT_SURVEILLANCE_RECORDS":
                        case 12:
                            message.wants[message.wants.length] = 12;
                            break;
                        default:
                            if (typeof object.wants[i] === "number" && (object.wants[i] | 0) === object.wants[i])
                                message.wants[message.wants.length] = object.wants[i];
                        }
                }
                if (object.patron != null) {
                    if (!$util.isObject(object.patron))
                        throw $TypeError(".ilr.v1.LegalProcessRequest.patron: object expected");
                    message.patron = $root.ilr.v1.PatronRef.fromObject(object.patron, _depth + 1);
                }
                if (object.lookup != null) {
                    if (!$util.isObject(object.lookup))
                        throw $TypeError(".ilr.v1.LegalProcessRequest.lookup: object expected");
                    message.lookup = $root.ilr.v1.LookupKey.fromObject(object.lookup, _depth + 1);
                }
                if (object.documentRef != null)
                    if (typeof object.documentRef !== "string" || object.documentRef.length)
                        message.documentRef = $String(object.documentRef);
                if (object.purpose !== 0 && (typeof object.purpose !== "string" || $root.ilr.v1.Purpose[object.purpose] !== 0))
                    switch (object.purpose) {
                    case "PURPOSE_UNSPECIFIED":
                    case 0:
                        message.purpose = 0;
                        break;
                    case "PURPOSE_MATERIAL_RECOVERY":
                    case 1:
                        message.purpose = 1;
                        break;
                    case "PURPOSE_FINE_COLLECTION":
                    case 2:
                        message.purpose = 2;
                        break;
                    case "PURPOSE_RESOURCE_SHARING":
                    case 3:
                        message.purpose = 3;
                        break;
                    case "PURPOSE_ACCOUNT_SERVICE":
                    case 4:
                        message.purpose = 4;
                        break;
                    case "PURPOSE_INVESTIGATION":
                    case 5:
                        message.purpose = 5;
                        break;
                    case "PURPOSE_RECORDS_REQUEST":
                    case 6:
                        message.purpose = 6;
                        break;
                    case "PURPOSE_WELFARE":
                    case 7:
                        message.purpose = 7;
                        break;
                    case "PURPOSE_OTHER":
                    case 8:
                        message.purpose = 8;
                        break;
                    default:
                        if (typeof object.purpose === "number" && (object.purpose | 0) === object.purpose)
                            message.purpose = object.purpose;
                    }
                if (object.basis !== 0 && (typeof object.basis !== "string" || $root.ilr.v1.LegalBasis[object.basis] !== 0))
                    switch (object.basis) {
                    case "LEGAL_BASIS_UNSPECIFIED":
                    case 0:
                        message.basis = 0;
                        break;
                    case "LEGAL_BASIS_NONE":
                    case 1:
                        message.basis = 1;
                        break;
                    case "LEGAL_BASIS_PATRON_WRITTEN_CONSENT":
                    case 2:
                        message.basis = 2;
                        break;
                    case "LEGAL_BASIS_PATRON_REQUEST":
                    case 3:
                        message.basis = 3;
                        break;
                    case "LEGAL_BASIS_LIBRARY_OPERATIONS":
                    case 4:
                        message.basis = 4;
                        break;
                    case "LEGAL_BASIS_INTERLIBRARY_COOPERATION":
                    case 5:
                        message.basis = 5;
                        break;
                    case "LEGAL_BASIS_MATERIAL_RECOVERY":
                    case 6:
                        message.basis = 6;
                        break;
                    case "LEGAL_BASIS_COLLECTION_AGENCY":
                    case 7:
                        message.basis = 7;
                        break;
                    case "LEGAL_BASIS_PARENT_OF_MINOR":
                    case 8:
                        message.basis = 8;
                        break;
                    case "LEGAL_BASIS_COURT_ORDER":
                    case 9:
                        message.basis = 9;
                        break;
                    case "LEGAL_BASIS_SUBPOENA":
                    case 10:
                        message.basis = 10;
                        break;
                    case "LEGAL_BASIS_SEARCH_WARRANT":
                    case 11:
                        message.basis = 11;
                        break;
                    case "LEGAL_BASIS_NATIONAL_SECURITY_LETTER":
                    case 12:
                        message.basis = 12;
                        break;
                    case "LEGAL_BASIS_FISA_ORDER":
                    case 13:
                        message.basis = 13;
                        break;
                    case "LEGAL_BASIS_REQUIRED_BY_LAW":
                    case 14:
                        message.basis = 14;
                        break;
                    case "LEGAL_BASIS_LAW_ENFORCEMENT_EMERGENCY":
                    case 15:
                        message.basis = 15;
                        break;
                    default:
                        if (typeof object.basis === "number" && (object.basis | 0) === object.basis)
                            message.basis = object.basis;
                    }
                return message;
            };

            /**
             * Creates a plain object from a LegalProcessRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ilr.v1.LegalProcessRequest
             * @static
             * @param {ilr.v1.LegalProcessRequest} message LegalProcessRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LegalProcessRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.wants = [];
                if (options.defaults) {
                    object.process = null;
                    object.requester = null;
                    object.documentRef = "";
                    object.purpose = options.enums === $String ? "PURPOSE_UNSPECIFIED" : 0;
                    object.basis = options.enums === $String ? "LEGAL_BASIS_UNSPECIFIED" : 0;
                }
                if (message.process != null && $Object.hasOwnProperty.call(message, "process"))
                    object.process = $root.ilr.v1.LegalProcess.toObject(message.process, options, _depth + 1);
                if (message.requester != null && $Object.hasOwnProperty.call(message, "requester"))
                    object.requester = $root.ilr.v1.AgencyRequester.toObject(message.requester, options, _depth + 1);
                if (message.wants && message.wants.length) {
                    object.wants = $Array(message.wants.length);
                    for (let j = 0; j < message.wants.length; ++j)
                        object.wants[j] = options.enums === $String ? $root.ilr.v1.Want[message.wants[j]] === $undefined ? message.wants[j] : $root.ilr.v1.Want[message.wants[j]] : message.wants[j];
                }
                if (message.patron != null && $Object.hasOwnProperty.call(message, "patron")) {
                    object.patron = $root.ilr.v1.PatronRef.toObject(message.patron, options, _depth + 1);
                    if (options.oneofs)
                        object.subject = "patron";
                }
                if (message.lookup != null && $Object.hasOwnProperty.call(message, "lookup")) {
                    object.lookup = $root.ilr.v1.LookupKey.toObject(message.lookup, options, _depth + 1);
                    if (options.oneofs)
                        object.subject = "lookup";
                }
                if (message.documentRef != null && $Object.hasOwnProperty.call(message, "documentRef"))
                    object.documentRef = message.documentRef;
                if (message.purpose != null && $Object.hasOwnProperty.call(message, "purpose"))
                    object.purpose = options.enums === $String ? $root.ilr.v1.Purpose[message.purpose] === $undefined ? message.purpose : $root.ilr.v1.Purpose[message.purpose] : message.purpose;
                if (message.basis != null && $Object.hasOwnProperty.call(message, "basis"))
                    object.basis = options.enums === $String ? $root.ilr.v1.LegalBasis[message.basis] === $undefined ? message.basis : $root.ilr.v1.LegalBasis[message.basis] : message.basis;
                return object;
            };

            /**
             * Converts this LegalProcessRequest to JSON.
             * @function toJSON
             * @memberof ilr.v1.LegalProcessRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LegalProcessRequest.prototype.toJSON = function() {
                return LegalProcessRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            return LegalProcessRequest;
        })();

        /**
         * ServiceType enum.
         * @name ilr.v1.ServiceType
         * @enum {number}
         * @property {number} SERVICE_TYPE_UNSPECIFIED=0 SERVICE_TYPE_UNSPECIFIED value
         * @property {number} SERVICE_TYPE_COPY=1 SERVICE_TYPE_COPY value
         * @property {number} SERVICE_TYPE_LOAN=2 SERVICE_TYPE_LOAN value
         * @property {number} SERVICE_TYPE_COPY_OR_LOAN=3 SERVICE_TYPE_COPY_OR_LOAN value
         */
        v1.ServiceType = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "SERVICE_TYPE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "SERVICE_TYPE_COPY"] = 1;
            values[valuesById[2] = "SERVICE_TYPE_LOAN"] = 2;
            values[valuesById[3] = "SERVICE_TYPE_COPY_OR_LOAN"] = 3;
            return values;
        })();

        /**
         * RequestType enum.
         * @name ilr.v1.RequestType
         * @enum {number}
         * @property {number} REQUEST_TYPE_UNSPECIFIED=0 REQUEST_TYPE_UNSPECIFIED value
         * @property {number} REQUEST_TYPE_NEW=1 REQUEST_TYPE_NEW value
         * @property {number} REQUEST_TYPE_RETRY=2 REQUEST_TYPE_RETRY value
         * @property {number} REQUEST_TYPE_REMINDER=3 REQUEST_TYPE_REMINDER value
         */
        v1.RequestType = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "REQUEST_TYPE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "REQUEST_TYPE_NEW"] = 1;
            values[valuesById[2] = "REQUEST_TYPE_RETRY"] = 2;
            values[valuesById[3] = "REQUEST_TYPE_REMINDER"] = 3;
            return values;
        })();

        /**
         * RequestSubType enum.
         * @name ilr.v1.RequestSubType
         * @enum {number}
         * @property {number} REQUEST_SUB_TYPE_UNSPECIFIED=0 REQUEST_SUB_TYPE_UNSPECIFIED value
         * @property {number} REQUEST_SUB_TYPE_BOOKING_REQUEST=1 REQUEST_SUB_TYPE_BOOKING_REQUEST value
         * @property {number} REQUEST_SUB_TYPE_MULTIPLE_ITEM_REQUEST=2 REQUEST_SUB_TYPE_MULTIPLE_ITEM_REQUEST value
         * @property {number} REQUEST_SUB_TYPE_PATRON_REQUEST=3 REQUEST_SUB_TYPE_PATRON_REQUEST value
         * @property {number} REQUEST_SUB_TYPE_TRANSFER_REQUEST=4 REQUEST_SUB_TYPE_TRANSFER_REQUEST value
         * @property {number} REQUEST_SUB_TYPE_SUPPLYING_LIBRARYS_CHOICE=5 REQUEST_SUB_TYPE_SUPPLYING_LIBRARYS_CHOICE value
         */
        v1.RequestSubType = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "REQUEST_SUB_TYPE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "REQUEST_SUB_TYPE_BOOKING_REQUEST"] = 1;
            values[valuesById[2] = "REQUEST_SUB_TYPE_MULTIPLE_ITEM_REQUEST"] = 2;
            values[valuesById[3] = "REQUEST_SUB_TYPE_PATRON_REQUEST"] = 3;
            values[valuesById[4] = "REQUEST_SUB_TYPE_TRANSFER_REQUEST"] = 4;
            values[valuesById[5] = "REQUEST_SUB_TYPE_SUPPLYING_LIBRARYS_CHOICE"] = 5;
            return values;
        })();

        /**
         * ReasonForMessage enum.
         * @name ilr.v1.ReasonForMessage
         * @enum {number}
         * @property {number} REASON_FOR_MESSAGE_UNSPECIFIED=0 REASON_FOR_MESSAGE_UNSPECIFIED value
         * @property {number} REASON_FOR_MESSAGE_REQUEST_RESPONSE=1 REASON_FOR_MESSAGE_REQUEST_RESPONSE value
         * @property {number} REASON_FOR_MESSAGE_STATUS_REQUEST_RESPONSE=2 REASON_FOR_MESSAGE_STATUS_REQUEST_RESPONSE value
         * @property {number} REASON_FOR_MESSAGE_RENEW_RESPONSE=3 REASON_FOR_MESSAGE_RENEW_RESPONSE value
         * @property {number} REASON_FOR_MESSAGE_CANCEL_RESPONSE=4 REASON_FOR_MESSAGE_CANCEL_RESPONSE value
         * @property {number} REASON_FOR_MESSAGE_STATUS_CHANGE=5 REASON_FOR_MESSAGE_STATUS_CHANGE value
         * @property {number} REASON_FOR_MESSAGE_NOTIFICATION=6 REASON_FOR_MESSAGE_NOTIFICATION value
         */
        v1.ReasonForMessage = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "REASON_FOR_MESSAGE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "REASON_FOR_MESSAGE_REQUEST_RESPONSE"] = 1;
            values[valuesById[2] = "REASON_FOR_MESSAGE_STATUS_REQUEST_RESPONSE"] = 2;
            values[valuesById[3] = "REASON_FOR_MESSAGE_RENEW_RESPONSE"] = 3;
            values[valuesById[4] = "REASON_FOR_MESSAGE_CANCEL_RESPONSE"] = 4;
            values[valuesById[5] = "REASON_FOR_MESSAGE_STATUS_CHANGE"] = 5;
            values[valuesById[6] = "REASON_FOR_MESSAGE_NOTIFICATION"] = 6;
            return values;
        })();

        /**
         * Status enum.
         * @name ilr.v1.Status
         * @enum {number}
         * @property {number} STATUS_UNSPECIFIED=0 STATUS_UNSPECIFIED value
         * @property {number} STATUS_REQUEST_RECEIVED=1 STATUS_REQUEST_RECEIVED value
         * @property {number} STATUS_EXPECT_TO_SUPPLY=2 STATUS_EXPECT_TO_SUPPLY value
         * @property {number} STATUS_WILL_SUPPLY=3 STATUS_WILL_SUPPLY value
         * @property {number} STATUS_LOANED=4 STATUS_LOANED value
         * @property {number} STATUS_OVERDUE=5 STATUS_OVERDUE value
         * @property {number} STATUS_RECALLED=6 STATUS_RECALLED value
         * @property {number} STATUS_RETRY_POSSIBLE=7 STATUS_RETRY_POSSIBLE value
         * @property {number} STATUS_UNFILLED=8 STATUS_UNFILLED value
         * @property {number} STATUS_COPY_COMPLETED=9 STATUS_COPY_COMPLETED value
         * @property {number} STATUS_LOAN_COMPLETED=10 STATUS_LOAN_COMPLETED value
         * @property {number} STATUS_COMPLETED_WITHOUT_RETURN=11 STATUS_COMPLETED_WITHOUT_RETURN value
         * @property {number} STATUS_CANCELLED=12 STATUS_CANCELLED value
         */
        v1.Status = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "STATUS_UNSPECIFIED"] = 0;
            values[valuesById[1] = "STATUS_REQUEST_RECEIVED"] = 1;
            values[valuesById[2] = "STATUS_EXPECT_TO_SUPPLY"] = 2;
            values[valuesById[3] = "STATUS_WILL_SUPPLY"] = 3;
            values[valuesById[4] = "STATUS_LOANED"] = 4;
            values[valuesById[5] = "STATUS_OVERDUE"] = 5;
            values[valuesById[6] = "STATUS_RECALLED"] = 6;
            values[valuesById[7] = "STATUS_RETRY_POSSIBLE"] = 7;
            values[valuesById[8] = "STATUS_UNFILLED"] = 8;
            values[valuesById[9] = "STATUS_COPY_COMPLETED"] = 9;
            values[valuesById[10] = "STATUS_LOAN_COMPLETED"] = 10;
            values[valuesById[11] = "STATUS_COMPLETED_WITHOUT_RETURN"] = 11;
            values[valuesById[12] = "STATUS_CANCELLED"] = 12;
            return values;
        })();

        /**
         * Action enum.
         * @name ilr.v1.Action
         * @enum {number}
         * @property {number} ACTION_UNSPECIFIED=0 ACTION_UNSPECIFIED value
         * @property {number} ACTION_STATUS_REQUEST=1 ACTION_STATUS_REQUEST value
         * @property {number} ACTION_RECEIVED=2 ACTION_RECEIVED value
         * @property {number} ACTION_CANCEL=3 ACTION_CANCEL value
         * @property {number} ACTION_RENEW=4 ACTION_RENEW value
         * @property {number} ACTION_SHIPPED_RETURN=5 ACTION_SHIPPED_RETURN value
         * @property {number} ACTION_SHIPPED_FORWARD=6 ACTION_SHIPPED_FORWARD value
         * @property {number} ACTION_NOTIFICATION=7 ACTION_NOTIFICATION value
         */
        v1.Action = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "ACTION_UNSPECIFIED"] = 0;
            values[valuesById[1] = "ACTION_STATUS_REQUEST"] = 1;
            values[valuesById[2] = "ACTION_RECEIVED"] = 2;
            values[valuesById[3] = "ACTION_CANCEL"] = 3;
            values[valuesById[4] = "ACTION_RENEW"] = 4;
            values[valuesById[5] = "ACTION_SHIPPED_RETURN"] = 5;
            values[valuesById[6] = "ACTION_SHIPPED_FORWARD"] = 6;
            values[valuesById[7] = "ACTION_NOTIFICATION"] = 7;
            return values;
        })();

        /**
         * YesNo enum.
         * @name ilr.v1.YesNo
         * @enum {number}
         * @property {number} YES_NO_UNSPECIFIED=0 YES_NO_UNSPECIFIED value
         * @property {number} YES_NO_Y=1 YES_NO_Y value
         * @property {number} YES_NO_N=2 YES_NO_N value
         */
        v1.YesNo = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "YES_NO_UNSPECIFIED"] = 0;
            values[valuesById[1] = "YES_NO_Y"] = 1;
            values[valuesById[2] = "YES_NO_N"] = 2;
            return values;
        })();

        v1.SchemeValue = (function() {

            /**
             * Properties of a SchemeValue.
             * @typedef {Object} ilr.v1.SchemeValue.$Properties
             * @property {string|null} [value] SchemeValue value
             * @property {string|null} [scheme] SchemeValue scheme
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SchemeValue.
             * @memberof ilr.v1
             * @interface ISchemeValue
             * @augments ilr.v1.SchemeValue.$Properties
             * @deprecated Use ilr.v1.SchemeValue.$Properties instead.
             */

            /**
             * Shape of a SchemeValue.
             * @typedef {ilr.v1.SchemeValue.$Properties} ilr.v1.SchemeValue.$Shape
             */

            /**
             * Constructs a new SchemeValue.
             * @memberof ilr.v1
             * @classdesc Represents a SchemeValue.
             * @constructor
             * @param {ilr.v1.SchemeValue.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SchemeValue = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SchemeValue value.
             * @member {string} value
             * @memberof ilr.v1.SchemeValue
             * @instance
             */
            SchemeValue.prototype.value = "";

            /**
             * SchemeValue scheme.
             * @member {string} scheme
             * @memberof ilr.v1.SchemeValue
             * @instance
             */
            SchemeValue.prototype.scheme = "";

            /**
             * Creates a new SchemeValue instance using the specified properties.
             * @function create
             * @memberof ilr.v1.SchemeValue
             * @static
             * @param {ilr.v1.SchemeValue.$Properties=} [properties] Properties to set
             * @returns {ilr.v1.SchemeValue} SchemeValue instance
             * @type {{
             *   (properties: ilr.v1.SchemeValue.$Shape): ilr.v1.SchemeValue & ilr.v1.SchemeValue.$Shape;
             *   (properties?: ilr.v1.SchemeValue.$Properties): ilr.v1.SchemeValue;
             * }}
             */
            SchemeValue.create = function(properties) {
                return new SchemeValue(properties);
            };

            /**
             * Encodes the specified SchemeValue message. Does not implicitly {@link ilr.v1.SchemeValue.verify|verify} messages.
             * @function encode
             * @memberof ilr.v1.SchemeValue
             * @static
             * @param {ilr.v1.SchemeValue.$Properties} message SchemeValue message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SchemeValue.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.value);
                if (message.scheme != null && $Object.hasOwnProperty.call(message, "scheme") && message.scheme !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.scheme);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SchemeValue message from the specified reader or buffer.
             * @function decode
             * @memberof ilr.v1.SchemeValue
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ilr.v1.SchemeValue & ilr.v1.SchemeValue.$Shape} SchemeValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SchemeValue.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ilr.v1.SchemeValue();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.value = value;
                            else
                                delete message.value;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.scheme = value;
                            else
                                delete message.scheme;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a SchemeValue message.
             * @function verify
             * @memberof ilr.v1.SchemeValue
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SchemeValue.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    if (!$util.isString(message.value))
                        return "value: string expected";
                if (message.scheme != null && $Object.hasOwnProperty.call(message, "scheme"))
                    if (!$util.isString(message.scheme))
                        return "scheme: string expected";
                return null;
            };

            /**
             * Creates a SchemeValue message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ilr.v1.SchemeValue
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ilr.v1.SchemeValue} SchemeValue
             */
            SchemeValue.fromObject = function (object, _depth) {
                if (object instanceof $root.ilr.v1.SchemeValue)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ilr.v1.SchemeValue: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ilr.v1.SchemeValue();
                if (object.value != null)
                    if (typeof object.value !== "string" || object.value.length)
                        message.value = $String(object.value);
                if (object.scheme != null)
                    if (typeof object.scheme !== "string" || object.scheme.length)
                        message.scheme = $String(object.scheme);
                return message;
            };

            /**
             * Creates a plain object from a SchemeValue message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ilr.v1.SchemeValue
             * @static
             * @param {ilr.v1.SchemeValue} message SchemeValue
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SchemeValue.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.value = "";
                    object.scheme = "";
                }
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    object.value = message.value;
                if (message.scheme != null && $Object.hasOwnProperty.call(message, "scheme"))
                    object.scheme = message.scheme;
                return object;
            };

            /**
             * Converts this SchemeValue to JSON.
             * @function toJSON
             * @memberof ilr.v1.SchemeValue
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SchemeValue.prototype.toJSON = function() {
                return SchemeValue.toObject(this, $protobuf.util.toJSONOptions);
            };

            return SchemeValue;
        })();

        v1.AgencyId = (function() {

            /**
             * Properties of an AgencyId.
             * @typedef {Object} ilr.v1.AgencyId.$Properties
             * @property {ilr.v1.SchemeValue.$Properties|null} [agencyIdType] AgencyId agencyIdType
             * @property {string|null} [agencyIdValue] AgencyId agencyIdValue
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AgencyId.
             * @memberof ilr.v1
             * @interface IAgencyId
             * @augments ilr.v1.AgencyId.$Properties
             * @deprecated Use ilr.v1.AgencyId.$Properties instead.
             */

            /**
             * Shape of an AgencyId.
             * @typedef {ilr.v1.AgencyId.$Properties} ilr.v1.AgencyId.$Shape
             */

            /**
             * Constructs a new AgencyId.
             * @memberof ilr.v1
             * @classdesc Represents an AgencyId.
             * @constructor
             * @param {ilr.v1.AgencyId.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AgencyId = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AgencyId agencyIdType.
             * @member {ilr.v1.SchemeValue.$Properties|null|undefined} agencyIdType
             * @memberof ilr.v1.AgencyId
             * @instance
             */
            AgencyId.prototype.agencyIdType = null;

            /**
             * AgencyId agencyIdValue.
             * @member {string} agencyIdValue
             * @memberof ilr.v1.AgencyId
             * @instance
             */
            AgencyId.prototype.agencyIdValue = "";

            /**
             * Creates a new AgencyId instance using the specified properties.
             * @function create
             * @memberof ilr.v1.AgencyId
             * @static
             * @param {ilr.v1.AgencyId.$Properties=} [properties] Properties to set
             * @returns {ilr.v1.AgencyId} AgencyId instance
             * @type {{
             *   (properties: ilr.v1.AgencyId.$Shape): ilr.v1.AgencyId & ilr.v1.AgencyId.$Shape;
             *   (properties?: ilr.v1.AgencyId.$Properties): ilr.v1.AgencyId;
             * }}
             */
            AgencyId.create = function(properties) {
                return new AgencyId(properties);
            };

            /**
             * Encodes the specified AgencyId message. Does not implicitly {@link ilr.v1.AgencyId.verify|verify} messages.
             * @function encode
             * @memberof ilr.v1.AgencyId
             * @static
             * @param {ilr.v1.AgencyId.$Properties} message AgencyId message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AgencyId.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.agencyIdType != null && $Object.hasOwnProperty.call(message, "agencyIdType"))
                    $root.ilr.v1.SchemeValue.encode(message.agencyIdType, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.agencyIdValue != null && $Object.hasOwnProperty.call(message, "agencyIdValue") && message.agencyIdValue !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.agencyIdValue);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AgencyId message from the specified reader or buffer.
             * @function decode
             * @memberof ilr.v1.AgencyId
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ilr.v1.AgencyId & ilr.v1.AgencyId.$Shape} AgencyId
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AgencyId.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ilr.v1.AgencyId();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.agencyIdType = $root.ilr.v1.SchemeValue.decode(reader, reader.size(), $undefined, _depth + 1, message.agencyIdType);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.agencyIdValue = value;
                            else
                                delete message.agencyIdValue;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an AgencyId message.
             * @function verify
             * @memberof ilr.v1.AgencyId
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            AgencyId.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.agencyIdType != null && $Object.hasOwnProperty.call(message, "agencyIdType")) {
                    let error = $root.ilr.v1.SchemeValue.verify(message.agencyIdType, _depth + 1);
                    if (error)
                        return "agencyIdType." + error;
                }
                if (message.agencyIdValue != null && $Object.hasOwnProperty.call(message, "agencyIdValue"))
                    if (!$util.isString(message.agencyIdValue))
                        return "agencyIdValue: string expected";
                return null;
            };

            /**
             * Creates an AgencyId message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ilr.v1.AgencyId
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ilr.v1.AgencyId} AgencyId
             */
            AgencyId.fromObject = function (object, _depth) {
                if (object instanceof $root.ilr.v1.AgencyId)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ilr.v1.AgencyId: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ilr.v1.AgencyId();
                if (object.agencyIdType != null) {
                    if (!$util.isObject(object.agencyIdType))
                        throw $TypeError(".ilr.v1.AgencyId.agencyIdType: object expected");
                    message.agencyIdType = $root.ilr.v1.SchemeValue.fromObject(object.agencyIdType, _depth + 1);
                }
                if (object.agencyIdValue != null)
                    if (typeof object.agencyIdValue !== "string" || object.agencyIdValue.length)
                        message.agencyIdValue = $String(object.agencyIdValue);
                return message;
            };

            /**
             * Creates a plain object from an AgencyId message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ilr.v1.AgencyId
             * @static
             * @param {ilr.v1.AgencyId} message AgencyId
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AgencyId.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.agencyIdType = null;
                    object.agencyIdValue = "";
                }
                if (message.agencyIdType != null && $Object.hasOwnProperty.call(message, "agencyIdType"))
                    object.agencyIdType = $root.ilr.v1.SchemeValue.toObject(message.agencyIdType, options, _depth + 1);
                if (message.agencyIdValue != null && $Object.hasOwnProperty.call(message, "agencyIdValue"))
                    object.agencyIdValue = message.agencyIdValue;
                return object;
            };

            /**
             * Converts this AgencyId to JSON.
             * @function toJSON
             * @memberof ilr.v1.AgencyId
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AgencyId.prototype.toJSON = function() {
                return AgencyId.toObject(this, $protobuf.util.toJSONOptions);
            };

            return AgencyId;
        })();

        v1.Costs = (function() {

            /**
             * Properties of a Costs.
             * @typedef {Object} ilr.v1.Costs.$Properties
             * @property {ilr.v1.SchemeValue.$Properties|null} [currencyCode] Costs currencyCode
             * @property {string|null} [monetaryValue] Costs monetaryValue
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Costs.
             * @memberof ilr.v1
             * @interface ICosts
             * @augments ilr.v1.Costs.$Properties
             * @deprecated Use ilr.v1.Costs.$Properties instead.
             */

            /**
             * Shape of a Costs.
             * @typedef {ilr.v1.Costs.$Properties} ilr.v1.Costs.$Shape
             */

            /**
             * Constructs a new Costs.
             * @memberof ilr.v1
             * @classdesc Represents a Costs.
             * @constructor
             * @param {ilr.v1.Costs.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Costs = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Costs currencyCode.
             * @member {ilr.v1.SchemeValue.$Properties|null|undefined} currencyCode
             * @memberof ilr.v1.Costs
             * @instance
             */
            Costs.prototype.currencyCode = null;

            /**
             * Costs monetaryValue.
             * @member {string} monetaryValue
             * @memberof ilr.v1.Costs
             * @instance
             */
            Costs.prototype.monetaryValue = "";

            /**
             * Creates a new Costs instance using the specified properties.
             * @function create
             * @memberof ilr.v1.Costs
             * @static
             * @param {ilr.v1.Costs.$Properties=} [properties] Properties to set
             * @returns {ilr.v1.Costs} Costs instance
             * @type {{
             *   (properties: ilr.v1.Costs.$Shape): ilr.v1.Costs & ilr.v1.Costs.$Shape;
             *   (properties?: ilr.v1.Costs.$Properties): ilr.v1.Costs;
             * }}
             */
            Costs.create = function(properties) {
                return new Costs(properties);
            };

            /**
             * Encodes the specified Costs message. Does not implicitly {@link ilr.v1.Costs.verify|verify} messages.
             * @function encode
             * @memberof ilr.v1.Costs
             * @static
             * @param {ilr.v1.Costs.$Properties} message Costs message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Costs.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.currencyCode != null && $Object.hasOwnProperty.call(message, "currencyCode"))
                    $root.ilr.v1.SchemeValue.encode(message.currencyCode, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.monetaryValue != null && $Object.hasOwnProperty.call(message, "monetaryValue") && message.monetaryValue !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.monetaryValue);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Costs message from the specified reader or buffer.
             * @function decode
             * @memberof ilr.v1.Costs
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ilr.v1.Costs & ilr.v1.Costs.$Shape} Costs
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Costs.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ilr.v1.Costs();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.currencyCode = $root.ilr.v1.SchemeValue.decode(reader, reader.size(), $undefined, _depth + 1, message.currencyCode);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.monetaryValue = value;
                            else
                                delete message.monetaryValue;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a Costs message.
             * @function verify
             * @memberof ilr.v1.Costs
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Costs.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.currencyCode != null && $Object.hasOwnProperty.call(message, "currencyCode")) {
                    let error = $root.ilr.v1.SchemeValue.verify(message.currencyCode, _depth + 1);
                    if (error)
                        return "currencyCode." + error;
                }
                if (message.monetaryValue != null && $Object.hasOwnProperty.call(message, "monetaryValue"))
                    if (!$util.isString(message.monetaryValue))
                        return "monetaryValue: string expected";
                return null;
            };

            /**
             * Creates a Costs message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ilr.v1.Costs
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ilr.v1.Costs} Costs
             */
            Costs.fromObject = function (object, _depth) {
                if (object instanceof $root.ilr.v1.Costs)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ilr.v1.Costs: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ilr.v1.Costs();
                if (object.currencyCode != null) {
                    if (!$util.isObject(object.currencyCode))
                        throw $TypeError(".ilr.v1.Costs.currencyCode: object expected");
                    message.currencyCode = $root.ilr.v1.SchemeValue.fromObject(object.currencyCode, _depth + 1);
                }
                if (object.monetaryValue != null)
                    if (typeof object.monetaryValue !== "string" || object.monetaryValue.length)
                        message.monetaryValue = $String(object.monetaryValue);
                return message;
            };

            /**
             * Creates a plain object from a Costs message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ilr.v1.Costs
             * @static
             * @param {ilr.v1.Costs} message Costs
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Costs.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.currencyCode = null;
                    object.monetaryValue = "";
                }
                if (message.currencyCode != null && $Object.hasOwnProperty.call(message, "currencyCode"))
                    object.currencyCode = $root.ilr.v1.SchemeValue.toObject(message.currencyCode, options, _depth + 1);
                if (message.monetaryValue != null && $Object.hasOwnProperty.call(message, "monetaryValue"))
                    object.monetaryValue = message.monetaryValue;
                return object;
            };

            /**
             * Converts this Costs to JSON.
             * @function toJSON
             * @memberof ilr.v1.Costs
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Costs.prototype.toJSON = function() {
                return Costs.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Costs;
        })();

        v1.IsoHeader = (function() {

            /**
             * Properties of an IsoHeader.
             * @typedef {Object} ilr.v1.IsoHeader.$Properties
             * @property {ilr.v1.AgencyId.$Properties|null} [supplyingAgencyId] IsoHeader supplyingAgencyId
             * @property {ilr.v1.AgencyId.$Properties|null} [requestingAgencyId] IsoHeader requestingAgencyId
             * @property {string|null} [multipleItemRequestId] IsoHeader multipleItemRequestId
             * @property {string|null} [timestamp] IsoHeader timestamp
             * @property {string|null} [requestingAgencyRequestId] IsoHeader requestingAgencyRequestId
             * @property {string|null} [supplyingAgencyRequestId] IsoHeader supplyingAgencyRequestId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an IsoHeader.
             * @memberof ilr.v1
             * @interface IIsoHeader
             * @augments ilr.v1.IsoHeader.$Properties
             * @deprecated Use ilr.v1.IsoHeader.$Properties instead.
             */

            /**
             * Shape of an IsoHeader.
             * @typedef {ilr.v1.IsoHeader.$Properties} ilr.v1.IsoHeader.$Shape
             */

            /**
             * Constructs a new IsoHeader.
             * @memberof ilr.v1
             * @classdesc Represents an IsoHeader.
             * @constructor
             * @param {ilr.v1.IsoHeader.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const IsoHeader = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * IsoHeader supplyingAgencyId.
             * @member {ilr.v1.AgencyId.$Properties|null|undefined} supplyingAgencyId
             * @memberof ilr.v1.IsoHeader
             * @instance
             */
            IsoHeader.prototype.supplyingAgencyId = null;

            /**
             * IsoHeader requestingAgencyId.
             * @member {ilr.v1.AgencyId.$Properties|null|undefined} requestingAgencyId
             * @memberof ilr.v1.IsoHeader
             * @instance
             */
            IsoHeader.prototype.requestingAgencyId = null;

            /**
             * IsoHeader multipleItemRequestId.
             * @member {string} multipleItemRequestId
             * @memberof ilr.v1.IsoHeader
             * @instance
             */
            IsoHeader.prototype.multipleItemRequestId = "";

            /**
             * IsoHeader timestamp.
             * @member {string} timestamp
             * @memberof ilr.v1.IsoHeader
             * @instance
             */
            IsoHeader.prototype.timestamp = "";

            /**
             * IsoHeader requestingAgencyRequestId.
             * @member {string} requestingAgencyRequestId
             * @memberof ilr.v1.IsoHeader
             * @instance
             */
            IsoHeader.prototype.requestingAgencyRequestId = "";

            /**
             * IsoHeader supplyingAgencyRequestId.
             * @member {string} supplyingAgencyRequestId
             * @memberof ilr.v1.IsoHeader
             * @instance
             */
            IsoHeader.prototype.supplyingAgencyRequestId = "";

            /**
             * Creates a new IsoHeader instance using the specified properties.
             * @function create
             * @memberof ilr.v1.IsoHeader
             * @static
             * @param {ilr.v1.IsoHeader.$Properties=} [properties] Properties to set
             * @returns {ilr.v1.IsoHeader} IsoHeader instance
             * @type {{
             *   (properties: ilr.v1.IsoHeader.$Shape): ilr.v1.IsoHeader & ilr.v1.IsoHeader.$Shape;
             *   (properties?: ilr.v1.IsoHeader.$Properties): ilr.v1.IsoHeader;
             * }}
             */
            IsoHeader.create = function(properties) {
                return new IsoHeader(properties);
            };

            /**
             * Encodes the specified IsoHeader message. Does not implicitly {@link ilr.v1.IsoHeader.verify|verify} messages.
             * @function encode
             * @memberof ilr.v1.IsoHeader
             * @static
             * @param {ilr.v1.IsoHeader.$Properties} message IsoHeader message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            IsoHeader.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.supplyingAgencyId != null && $Object.hasOwnProperty.call(message, "supplyingAgencyId"))
                    $root.ilr.v1.AgencyId.encode(message.supplyingAgencyId, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.requestingAgencyId != null && $Object.hasOwnProperty.call(message, "requestingAgencyId"))
                    $root.ilr.v1.AgencyId.encode(message.requestingAgencyId, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.multipleItemRequestId != null && $Object.hasOwnProperty.call(message, "multipleItemRequestId") && message.multipleItemRequestId !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.multipleItemRequestId);
                if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp") && message.timestamp !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.timestamp);
                if (message.requestingAgencyRequestId != null && $Object.hasOwnProperty.call(message, "requestingAgencyRequestId") && message.requestingAgencyRequestId !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.requestingAgencyRequestId);
                if (message.supplyingAgencyRequestId != null && $Object.hasOwnProperty.call(message, "supplyingAgencyRequestId") && message.supplyingAgencyRequestId !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.supplyingAgencyRequestId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an IsoHeader message from the specified reader or buffer.
             * @function decode
             * @memberof ilr.v1.IsoHeader
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ilr.v1.IsoHeader & ilr.v1.IsoHeader.$Shape} IsoHeader
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            IsoHeader.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ilr.v1.IsoHeader();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.supplyingAgencyId = $root.ilr.v1.AgencyId.decode(reader, reader.size(), $undefined, _depth + 1, message.supplyingAgencyId);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.requestingAgencyId = $root.ilr.v1.AgencyId.decode(reader, reader.size(), $undefined, _depth + 1, message.requestingAgencyId);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.multipleItemRequestId = value;
                            else
                                delete message.multipleItemRequestId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.timestamp = value;
                            else
                                delete message.timestamp;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.requestingAgencyRequestId = value;
                            else
                                delete message.requestingAgencyRequestId;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.supplyingAgencyRequestId = value;
                            else
                                delete message.supplyingAgencyRequestId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an IsoHeader message.
             * @function verify
             * @memberof ilr.v1.IsoHeader
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            IsoHeader.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.supplyingAgencyId != null && $Object.hasOwnProperty.call(message, "supplyingAgencyId")) {
                    let error = $root.ilr.v1.AgencyId.verify(message.supplyingAgencyId, _depth + 1);
                    if (error)
                        return "supplyingAgencyId." + error;
                }
                if (message.requestingAgencyId != null && $Object.hasOwnProperty.call(message, "requestingAgencyId")) {
                    let error = $root.ilr.v1.AgencyId.verify(message.requestingAgencyId, _depth + 1);
                    if (error)
                        return "requestingAgencyId." + error;
                }
                if (message.multipleItemRequestId != null && $Object.hasOwnProperty.call(message, "multipleItemRequestId"))
                    if (!$util.isString(message.multipleItemRequestId))
                        return "multipleItemRequestId: string expected";
                if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                    if (!$util.isString(message.timestamp))
                        return "timestamp: string expected";
                if (message.requestingAgencyRequestId != null && $Object.hasOwnProperty.call(message, "requestingAgencyRequestId"))
                    if (!$util.isString(message.requestingAgencyRequestId))
                        return "requestingAgencyRequestId: string expected";
                if (message.supplyingAgencyRequestId != null && $Object.hasOwnProperty.call(message, "supplyingAgencyRequestId"))
                    if (!$util.isString(message.supplyingAgencyRequestId))
                        return "supplyingAgencyRequestId: string expected";
                return null;
            };

            /**
             * Creates an IsoHeader message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ilr.v1.IsoHeader
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ilr.v1.IsoHeader} IsoHeader
             */
            IsoHeader.fromObject = function (object, _depth) {
                if (object instanceof $root.ilr.v1.IsoHeader)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ilr.v1.IsoHeader: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ilr.v1.IsoHeader();
                if (object.supplyingAgencyId != null) {
                    if (!$util.isObject(object.supplyingAgencyId))
                        throw $TypeError(".ilr.v1.IsoHeader.supplyingAgencyId: object expected");
                    message.supplyingAgencyId = $root.ilr.v1.AgencyId.fromObject(object.supplyingAgencyId, _depth + 1);
                }
                if (object.requestingAgencyId != null) {
                    if (!$util.isObject(object.requestingAgencyId))
                        throw $TypeError(".ilr.v1.IsoHeader.requestingAgencyId: object expected");
                    message.requestingAgencyId = $root.ilr.v1.AgencyId.fromObject(object.requestingAgencyId, _depth + 1);
                }
                if (object.multipleItemRequestId != null)
                    if (typeof object.multipleItemRequestId !== "string" || object.multipleItemRequestId.length)
                        message.multipleItemRequestId = $String(object.multipleItemRequestId);
                if (object.timestamp != null)
                    if (typeof object.timestamp !== "string" || object.timestamp.length)
                        message.timestamp = $String(object.timestamp);
                if (object.requestingAgencyRequestId != null)
                    if (typeof object.requestingAgencyRequestId !== "string" || object.requestingAgencyRequestId.length)
                        message.requestingAgencyRequestId = $String(object.requestingAgencyRequestId);
                if (object.supplyingAgencyRequestId != null)
                    if (typeof object.supplyingAgencyRequestId !== "string" || object.supplyingAgencyRequestId.length)
                        message.supplyingAgencyRequestId = $String(object.supplyingAgencyRequestId);
                return message;
            };

            /**
             * Creates a plain object from an IsoHeader message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ilr.v1.IsoHeader
             * @static
             * @param {ilr.v1.IsoHeader} message IsoHeader
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            IsoHeader.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.supplyingAgencyId = null;
                    object.requestingAgencyId = null;
                    object.multipleItemRequestId = "";
                    object.timestamp = "";
                    object.requestingAgencyRequestId = "";
                    object.supplyingAgencyRequestId = "";
                }
                if (message.supplyingAgencyId != null && $Object.hasOwnProperty.call(message, "supplyingAgencyId"))
                    object.supplyingAgencyId = $root.ilr.v1.AgencyId.toObject(message.supplyingAgencyId, options, _depth + 1);
                if (message.requestingAgencyId != null && $Object.hasOwnProperty.call(message, "requestingAgencyId"))
                    object.requestingAgencyId = $root.ilr.v1.AgencyId.toObject(message.requestingAgencyId, options, _depth + 1);
                if (message.multipleItemRequestId != null && $Object.hasOwnProperty.call(message, "multipleItemRequestId"))
                    object.multipleItemRequestId = message.multipleItemRequestId;
                if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                    object.timestamp = message.timestamp;
                if (message.requestingAgencyRequestId != null && $Object.hasOwnProperty.call(message, "requestingAgencyRequestId"))
                    object.requestingAgencyRequestId = message.requestingAgencyRequestId;
                if (message.supplyingAgencyRequestId != null && $Object.hasOwnProperty.call(message, "supplyingAgencyRequestId"))
                    object.supplyingAgencyRequestId = message.supplyingAgencyRequestId;
                return object;
            };

            /**
             * Converts this IsoHeader to JSON.
             * @function toJSON
             * @memberof ilr.v1.IsoHeader
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            IsoHeader.prototype.toJSON = function() {
                return IsoHeader.toObject(this, $protobuf.util.toJSONOptions);
            };

            return IsoHeader;
        })();

        v1.BibliographicItemId = (function() {

            /**
             * Properties of a BibliographicItemId.
             * @typedef {Object} ilr.v1.BibliographicItemId.$Properties
             * @property {string|null} [bibliographicItemIdentifier] BibliographicItemId bibliographicItemIdentifier
             * @property {ilr.v1.SchemeValue.$Properties|null} [bibliographicItemIdentifierCode] BibliographicItemId bibliographicItemIdentifierCode
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a BibliographicItemId.
             * @memberof ilr.v1
             * @interface IBibliographicItemId
             * @augments ilr.v1.BibliographicItemId.$Properties
             * @deprecated Use ilr.v1.BibliographicItemId.$Properties instead.
             */

            /**
             * Shape of a BibliographicItemId.
             * @typedef {ilr.v1.BibliographicItemId.$Properties} ilr.v1.BibliographicItemId.$Shape
             */

            /**
             * Constructs a new BibliographicItemId.
             * @memberof ilr.v1
             * @classdesc Represents a BibliographicItemId.
             * @constructor
             * @param {ilr.v1.BibliographicItemId.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const BibliographicItemId = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * BibliographicItemId bibliographicItemIdentifier.
             * @member {string} bibliographicItemIdentifier
             * @memberof ilr.v1.BibliographicItemId
             * @instance
             */
            BibliographicItemId.prototype.bibliographicItemIdentifier = "";

            /**
             * BibliographicItemId bibliographicItemIdentifierCode.
             * @member {ilr.v1.SchemeValue.$Properties|null|undefined} bibliographicItemIdentifierCode
             * @memberof ilr.v1.BibliographicItemId
             * @instance
             */
            BibliographicItemId.prototype.bibliographicItemIdentifierCode = null;

            /**
             * Creates a new BibliographicItemId instance using the specified properties.
             * @function create
             * @memberof ilr.v1.BibliographicItemId
             * @static
             * @param {ilr.v1.BibliographicItemId.$Properties=} [properties] Properties to set
             * @returns {ilr.v1.BibliographicItemId} BibliographicItemId instance
             * @type {{
             *   (properties: ilr.v1.BibliographicItemId.$Shape): ilr.v1.BibliographicItemId & ilr.v1.BibliographicItemId.$Shape;
             *   (properties?: ilr.v1.BibliographicItemId.$Properties): ilr.v1.BibliographicItemId;
             * }}
             */
            BibliographicItemId.create = function(properties) {
                return new BibliographicItemId(properties);
            };

            /**
             * Encodes the specified BibliographicItemId message. Does not implicitly {@link ilr.v1.BibliographicItemId.verify|verify} messages.
             * @function encode
             * @memberof ilr.v1.BibliographicItemId
             * @static
             * @param {ilr.v1.BibliographicItemId.$Properties} message BibliographicItemId message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BibliographicItemId.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.bibliographicItemIdentifier != null && $Object.hasOwnProperty.call(message, "bibliographicItemIdentifier") && message.bibliographicItemIdentifier !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.bibliographicItemIdentifier);
                if (message.bibliographicItemIdentifierCode != null && $Object.hasOwnProperty.call(message, "bibliographicItemIdentifierCode"))
                    $root.ilr.v1.SchemeValue.encode(message.bibliographicItemIdentifierCode, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a BibliographicItemId message from the specified reader or buffer.
             * @function decode
             * @memberof ilr.v1.BibliographicItemId
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ilr.v1.BibliographicItemId & ilr.v1.BibliographicItemId.$Shape} BibliographicItemId
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BibliographicItemId.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ilr.v1.BibliographicItemId();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.bibliographicItemIdentifier = value;
                            else
                                delete message.bibliographicItemIdentifier;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.bibliographicItemIdentifierCode = $root.ilr.v1.SchemeValue.decode(reader, reader.size(), $undefined, _depth + 1, message.bibliographicItemIdentifierCode);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a BibliographicItemId message.
             * @function verify
             * @memberof ilr.v1.BibliographicItemId
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            BibliographicItemId.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.bibliographicItemIdentifier != null && $Object.hasOwnProperty.call(message, "bibliographicItemIdentifier"))
                    if (!$util.isString(message.bibliographicItemIdentifier))
                        return "bibliographicItemIdentifier: string expected";
                if (message.bibliographicItemIdentifierCode != null && $Object.hasOwnProperty.call(message, "bibliographicItemIdentifierCode")) {
                    let error = $root.ilr.v1.SchemeValue.verify(message.bibliographicItemIdentifierCode, _depth + 1);
                    if (error)
                        return "bibliographicItemIdentifierCode." + error;
                }
                return null;
            };

            /**
             * Creates a BibliographicItemId message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ilr.v1.BibliographicItemId
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ilr.v1.BibliographicItemId} BibliographicItemId
             */
            BibliographicItemId.fromObject = function (object, _depth) {
                if (object instanceof $root.ilr.v1.BibliographicItemId)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ilr.v1.BibliographicItemId: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ilr.v1.BibliographicItemId();
                if (object.bibliographicItemIdentifier != null)
                    if (typeof object.bibliographicItemIdentifier !== "string" || object.bibliographicItemIdentifier.length)
                        message.bibliographicItemIdentifier = $String(object.bibliographicItemIdentifier);
                if (object.bibliographicItemIdentifierCode != null) {
                    if (!$util.isObject(object.bibliographicItemIdentifierCode))
                        throw $TypeError(".ilr.v1.BibliographicItemId.bibliographicItemIdentifierCode: object expected");
                    message.bibliographicItemIdentifierCode = $root.ilr.v1.SchemeValue.fromObject(object.bibliographicItemIdentifierCode, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a BibliographicItemId message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ilr.v1.BibliographicItemId
             * @static
             * @param {ilr.v1.BibliographicItemId} message BibliographicItemId
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            BibliographicItemId.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.bibliographicItemIdentifier = "";
                    object.bibliographicItemIdentifierCode = null;
                }
                if (message.bibliographicItemIdentifier != null && $Object.hasOwnProperty.call(message, "bibliographicItemIdentifier"))
                    object.bibliographicItemIdentifier = message.bibliographicItemIdentifier;
                if (message.bibliographicItemIdentifierCode != null && $Object.hasOwnProperty.call(message, "bibliographicItemIdentifierCode"))
                    object.bibliographicItemIdentifierCode = $root.ilr.v1.SchemeValue.toObject(message.bibliographicItemIdentifierCode, options, _depth + 1);
                return object;
            };

            /**
             * Converts this BibliographicItemId to JSON.
             * @function toJSON
             * @memberof ilr.v1.BibliographicItemId
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            BibliographicItemId.prototype.toJSON = function() {
                return BibliographicItemId.toObject(this, $protobuf.util.toJSONOptions);
            };

            return BibliographicItemId;
        })();

        v1.BibliographicRecordId = (function() {

            /**
             * Properties of a BibliographicRecordId.
             * @typedef {Object} ilr.v1.BibliographicRecordId.$Properties
             * @property {ilr.v1.SchemeValue.$Properties|null} [bibliographicRecordIdentifierCode] BibliographicRecordId bibliographicRecordIdentifierCode
             * @property {string|null} [bibliographicRecordIdentifier] BibliographicRecordId bibliographicRecordIdentifier
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a BibliographicRecordId.
             * @memberof ilr.v1
             * @interface IBibliographicRecordId
             * @augments ilr.v1.BibliographicRecordId.$Properties
             * @deprecated Use ilr.v1.BibliographicRecordId.$Properties instead.
             */

            /**
             * Shape of a BibliographicRecordId.
             * @typedef {ilr.v1.BibliographicRecordId.$Properties} ilr.v1.BibliographicRecordId.$Shape
             */

            /**
             * Constructs a new BibliographicRecordId.
             * @memberof ilr.v1
             * @classdesc Represents a BibliographicRecordId.
             * @constructor
             * @param {ilr.v1.BibliographicRecordId.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const BibliographicRecordId = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * BibliographicRecordId bibliographicRecordIdentifierCode.
             * @member {ilr.v1.SchemeValue.$Properties|null|undefined} bibliographicRecordIdentifierCode
             * @memberof ilr.v1.BibliographicRecordId
             * @instance
             */
            BibliographicRecordId.prototype.bibliographicRecordIdentifierCode = null;

            /**
             * BibliographicRecordId bibliographicRecordIdentifier.
             * @member {string} bibliographicRecordIdentifier
             * @memberof ilr.v1.BibliographicRecordId
             * @instance
             */
            BibliographicRecordId.prototype.bibliographicRecordIdentifier = "";

            /**
             * Creates a new BibliographicRecordId instance using the specified properties.
             * @function create
             * @memberof ilr.v1.BibliographicRecordId
             * @static
             * @param {ilr.v1.BibliographicRecordId.$Properties=} [properties] Properties to set
             * @returns {ilr.v1.BibliographicRecordId} BibliographicRecordId instance
             * @type {{
             *   (properties: ilr.v1.BibliographicRecordId.$Shape): ilr.v1.BibliographicRecordId & ilr.v1.BibliographicRecordId.$Shape;
             *   (properties?: ilr.v1.BibliographicRecordId.$Properties): ilr.v1.BibliographicRecordId;
             * }}
             */
            BibliographicRecordId.create = function(properties) {
                return new BibliographicRecordId(properties);
            };

            /**
             * Encodes the specified BibliographicRecordId message. Does not implicitly {@link ilr.v1.BibliographicRecordId.verify|verify} messages.
             * @function encode
             * @memberof ilr.v1.BibliographicRecordId
             * @static
             * @param {ilr.v1.BibliographicRecordId.$Properties} message BibliographicRecordId message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BibliographicRecordId.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.bibliographicRecordIdentifierCode != null && $Object.hasOwnProperty.call(message, "bibliographicRecordIdentifierCode"))
                    $root.ilr.v1.SchemeValue.encode(message.bibliographicRecordIdentifierCode, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.bibliographicRecordIdentifier != null && $Object.hasOwnProperty.call(message, "bibliographicRecordIdentifier") && message.bibliographicRecordIdentifier !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.bibliographicRecordIdentifier);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a BibliographicRecordId message from the specified reader or buffer.
             * @function decode
             * @memberof ilr.v1.BibliographicRecordId
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ilr.v1.BibliographicRecordId & ilr.v1.BibliographicRecordId.$Shape} BibliographicRecordId
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BibliographicRecordId.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ilr.v1.BibliographicRecordId();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.bibliographicRecordIdentifierCode = $root.ilr.v1.SchemeValue.decode(reader, reader.size(), $undefined, _depth + 1, message.bibliographicRecordIdentifierCode);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.bibliographicRecordIdentifier = value;
                            else
                                delete message.bibliographicRecordIdentifier;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a BibliographicRecordId message.
             * @function verify
             * @memberof ilr.v1.BibliographicRecordId
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            BibliographicRecordId.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.bibliographicRecordIdentifierCode != null && $Object.hasOwnProperty.call(message, "bibliographicRecordIdentifierCode")) {
                    let error = $root.ilr.v1.SchemeValue.verify(message.bibliographicRecordIdentifierCode, _depth + 1);
                    if (error)
                        return "bibliographicRecordIdentifierCode." + error;
                }
                if (message.bibliographicRecordIdentifier != null && $Object.hasOwnProperty.call(message, "bibliographicRecordIdentifier"))
                    if (!$util.isString(message.bibliographicRecordIdentifier))
                        return "bibliographicRecordIdentifier: string expected";
                return null;
            };

            /**
             * Creates a BibliographicRecordId message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ilr.v1.BibliographicRecordId
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ilr.v1.BibliographicRecordId} BibliographicRecordId
             */
            BibliographicRecordId.fromObject = function (object, _depth) {
                if (object instanceof $root.ilr.v1.BibliographicRecordId)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ilr.v1.BibliographicRecordId: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ilr.v1.BibliographicRecordId();
                if (object.bibliographicRecordIdentifierCode != null) {
                    if (!$util.isObject(object.bibliographicRecordIdentifierCode))
                        throw $TypeError(".ilr.v1.BibliographicRecordId.bibliographicRecordIdentifierCode: object expected");
                    message.bibliographicRecordIdentifierCode = $root.ilr.v1.SchemeValue.fromObject(object.bibliographicRecordIdentifierCode, _depth + 1);
                }
                if (object.bibliographicRecordIdentifier != null)
                    if (typeof object.bibliographicRecordIdentifier !== "string" || object.bibliographicRecordIdentifier.length)
                        message.bibliographicRecordIdentifier = $String(object.bibliographicRecordIdentifier);
                return message;
            };

            /**
             * Creates a plain object from a BibliographicRecordId message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ilr.v1.BibliographicRecordId
             * @static
             * @param {ilr.v1.BibliographicRecordId} message BibliographicRecordId
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            BibliographicRecordId.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.bibliographicRecordIdentifierCode = null;
                    object.bibliographicRecordIdentifier = "";
                }
                if (message.bibliographicRecordIdentifierCode != null && $Object.hasOwnProperty.call(message, "bibliographicRecordIdentifierCode"))
                    object.bibliographicRecordIdentifierCode = $root.ilr.v1.SchemeValue.toObject(message.bibliographicRecordIdentifierCode, options, _depth + 1);
                if (message.bibliographicRecordIdentifier != null && $Object.hasOwnProperty.call(message, "bibliographicRecordIdentifier"))
                    object.bibliographicRecordIdentifier = message.bibliographicRecordIdentifier;
                return object;
            };

            /**
             * Converts this BibliographicRecordId to JSON.
             * @function toJSON
             * @memberof ilr.v1.BibliographicRecordId
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            BibliographicRecordId.prototype.toJSON = function() {
                return BibliographicRecordId.toObject(this, $protobuf.util.toJSONOptions);
            };

            return BibliographicRecordId;
        })();

        v1.BibliographicInfo = (function() {

            /**
             * Properties of a BibliographicInfo.
             * @typedef {Object} ilr.v1.BibliographicInfo.$Properties
             * @property {string|null} [supplierUniqueRecordId] BibliographicInfo supplierUniqueRecordId
             * @property {string|null} [title] BibliographicInfo title
             * @property {string|null} [author] BibliographicInfo author
             * @property {string|null} [subtitle] BibliographicInfo subtitle
             * @property {string|null} [seriesTitle] BibliographicInfo seriesTitle
             * @property {string|null} [edition] BibliographicInfo edition
             * @property {string|null} [titleOfComponent] BibliographicInfo titleOfComponent
             * @property {string|null} [authorOfComponent] BibliographicInfo authorOfComponent
             * @property {string|null} [volume] BibliographicInfo volume
             * @property {string|null} [issue] BibliographicInfo issue
             * @property {string|null} [pagesRequested] BibliographicInfo pagesRequested
             * @property {string|null} [estimatedNoPages] BibliographicInfo estimatedNoPages
             * @property {Array.<ilr.v1.BibliographicItemId.$Properties>|null} [bibliographicItemId] BibliographicInfo bibliographicItemId
             * @property {string|null} [sponsor] BibliographicInfo sponsor
             * @property {string|null} [informationSource] BibliographicInfo informationSource
             * @property {Array.<ilr.v1.BibliographicRecordId.$Properties>|null} [bibliographicRecordId] BibliographicInfo bibliographicRecordId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a BibliographicInfo.
             * @memberof ilr.v1
             * @interface IBibliographicInfo
             * @augments ilr.v1.BibliographicInfo.$Properties
             * @deprecated Use ilr.v1.BibliographicInfo.$Properties instead.
             */

            /**
             * Shape of a BibliographicInfo.
             * @typedef {ilr.v1.BibliographicInfo.$Properties} ilr.v1.BibliographicInfo.$Shape
             */

            /**
             * Constructs a new BibliographicInfo.
             * @memberof ilr.v1
             * @classdesc Represents a BibliographicInfo.
             * @constructor
             * @param {ilr.v1.BibliographicInfo.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const BibliographicInfo = function (properties) {
                this.bibliographicItemId = [];
                this.bibliographicRecordId = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * BibliographicInfo supplierUniqueRecordId.
             * @member {string} supplierUniqueRecordId
             * @memberof ilr.v1.BibliographicInfo
             * @instance
             */
            BibliographicInfo.prototype.supplierUniqueRecordId = "";

            /**
             * BibliographicInfo title.
             * @member {string} title
             * @memberof ilr.v1.BibliographicInfo
             * @instance
             */
            BibliographicInfo.prototype.title = "";

            /**
             * BibliographicInfo author.
             * @member {string} author
             * @memberof ilr.v1.BibliographicInfo
             * @instance
             */
            BibliographicInfo.prototype.author = "";

            /**
             * BibliographicInfo subtitle.
             * @member {string} subtitle
             * @memberof ilr.v1.BibliographicInfo
             * @instance
             */
            BibliographicInfo.prototype.subtitle = "";

            /**
             * BibliographicInfo seriesTitle.
             * @member {string} seriesTitle
             * @memberof ilr.v1.BibliographicInfo
             * @instance
             */
            BibliographicInfo.prototype.seriesTitle = "";

            /**
             * BibliographicInfo edition.
             * @member {string} edition
             * @memberof ilr.v1.BibliographicInfo
             * @instance
             */
            BibliographicInfo.prototype.edition = "";

            /**
             * BibliographicInfo titleOfComponent.
             * @member {string} titleOfComponent
             * @memberof ilr.v1.BibliographicInfo
             * @instance
             */
            BibliographicInfo.prototype.titleOfComponent = "";

            /**
             * BibliographicInfo authorOfComponent.
             * @member {string} authorOfComponent
             * @memberof ilr.v1.BibliographicInfo
             * @instance
             */
            BibliographicInfo.prototype.authorOfComponent = "";

            /**
             * BibliographicInfo volume.
             * @member {string} volume
             * @memberof ilr.v1.BibliographicInfo
             * @instance
             */
            BibliographicInfo.prototype.volume = "";

            /**
             * BibliographicInfo issue.
             * @member {string} issue
             * @memberof ilr.v1.BibliographicInfo
             * @instance
             */
            BibliographicInfo.prototype.issue = "";

            /**
             * BibliographicInfo pagesRequested.
             * @member {string} pagesRequested
             * @memberof ilr.v1.BibliographicInfo
             * @instance
             */
            BibliographicInfo.prototype.pagesRequested = "";

            /**
             * BibliographicInfo estimatedNoPages.
             * @member {string} estimatedNoPages
             * @memberof ilr.v1.BibliographicInfo
             * @instance
             */
            BibliographicInfo.prototype.estimatedNoPages = "";

            /**
             * BibliographicInfo bibliographicItemId.
             * @member {Array.<ilr.v1.BibliographicItemId.$Properties>} bibliographicItemId
             * @memberof ilr.v1.BibliographicInfo
             * @instance
             */
            BibliographicInfo.prototype.bibliographicItemId = $util.emptyArray;

            /**
             * BibliographicInfo sponsor.
             * @member {string} sponsor
             * @memberof ilr.v1.BibliographicInfo
             * @instance
             */
            BibliographicInfo.prototype.sponsor = "";

            /**
             * BibliographicInfo informationSource.
             * @member {string} informationSource
             * @memberof ilr.v1.BibliographicInfo
             * @instance
             */
            BibliographicInfo.prototype.informationSource = "";

            /**
             * BibliographicInfo bibliographicRecordId.
             * @member {Array.<ilr.v1.BibliographicRecordId.$Properties>} bibliographicRecordId
             * @memberof ilr.v1.BibliographicInfo
             * @instance
             */
            BibliographicInfo.prototype.bibliographicRecordId = $util.emptyArray;

            /**
             * Creates a new BibliographicInfo instance using the specified properties.
             * @function create
             * @memberof ilr.v1.BibliographicInfo
             * @static
             * @param {ilr.v1.BibliographicInfo.$Properties=} [properties] Properties to set
             * @returns {ilr.v1.BibliographicInfo} BibliographicInfo instance
             * @type {{
             *   (properties: ilr.v1.BibliographicInfo.$Shape): ilr.v1.BibliographicInfo & ilr.v1.BibliographicInfo.$Shape;
             *   (properties?: ilr.v1.BibliographicInfo.$Properties): ilr.v1.BibliographicInfo;
             * }}
             */
            BibliographicInfo.create = function(properties) {
                return new BibliographicInfo(properties);
            };

            /**
             * Encodes the specified BibliographicInfo message. Does not implicitly {@link ilr.v1.BibliographicInfo.verify|verify} messages.
             * @function encode
             * @memberof ilr.v1.BibliographicInfo
             * @static
             * @param {ilr.v1.BibliographicInfo.$Properties} message BibliographicInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BibliographicInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.supplierUniqueRecordId != null && $Object.hasOwnProperty.call(message, "supplierUniqueRecordId") && message.supplierUniqueRecordId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.supplierUniqueRecordId);
                if (message.title != null && $Object.hasOwnProperty.call(message, "title") && message.title !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.title);
                if (message.author != null && $Object.hasOwnProperty.call(message, "author") && message.author !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.author);
                if (message.subtitle != null && $Object.hasOwnProperty.call(message, "subtitle") && message.subtitle !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.subtitle);
                if (message.seriesTitle != null && $Object.hasOwnProperty.call(message, "seriesTitle") && message.seriesTitle !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.seriesTitle);
                if (message.edition != null && $Object.hasOwnProperty.call(message, "edition") && message.edition !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.edition);
                if (message.titleOfComponent != null && $Object.hasOwnProperty.call(message, "titleOfComponent") && message.titleOfComponent !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.titleOfComponent);
                if (message.authorOfComponent != null && $Object.hasOwnProperty.call(message, "authorOfComponent") && message.authorOfComponent !== "")
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.authorOfComponent);
                if (message.volume != null && $Object.hasOwnProperty.call(message, "volume") && message.volume !== "")
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.volume);
                if (message.issue != null && $Object.hasOwnProperty.call(message, "issue") && message.issue !== "")
                    writer.uint32(/* id 10, wireType 2 =*/82).string(message.issue);
                if (message.pagesRequested != null && $Object.hasOwnProperty.call(message, "pagesRequested") && message.pagesRequested !== "")
                    writer.uint32(/* id 11, wireType 2 =*/90).string(message.pagesRequested);
                if (message.estimatedNoPages != null && $Object.hasOwnProperty.call(message, "estimatedNoPages") && message.estimatedNoPages !== "")
                    writer.uint32(/* id 12, wireType 2 =*/98).string(message.estimatedNoPages);
                if (message.bibliographicItemId != null && message.bibliographicItemId.length)
                    for (let i = 0; i < message.bibliographicItemId.length; ++i)
                        $root.ilr.v1.BibliographicItemId.encode(message.bibliographicItemId[i], writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                if (message.sponsor != null && $Object.hasOwnProperty.call(message, "sponsor") && message.sponsor !== "")
                    writer.uint32(/* id 14, wireType 2 =*/114).string(message.sponsor);
                if (message.informationSource != null && $Object.hasOwnProperty.call(message, "informationSource") && message.informationSource !== "")
                    writer.uint32(/* id 15, wireType 2 =*/122).string(message.informationSource);
                if (message.bibliographicRecordId != null && message.bibliographicRecordId.length)
                    for (let i = 0; i < message.bibliographicRecordId.length; ++i)
                        $root.ilr.v1.BibliographicRecordId.encode(message.bibliographicRecordId[i], writer.uint32(/* id 16, wireType 2 =*/130).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a BibliographicInfo message from the specified reader or buffer.
             * @function decode
             * @memberof ilr.v1.BibliographicInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ilr.v1.BibliographicInfo & ilr.v1.BibliographicInfo.$Shape} BibliographicInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BibliographicInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ilr.v1.BibliographicInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.supplierUniqueRecordId = value;
                            else
                                delete message.supplierUniqueRecordId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.title = value;
                            else
                                delete message.title;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.author = value;
                            else
                                delete message.author;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.subtitle = value;
                            else
                                delete message.subtitle;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.seriesTitle = value;
                            else
                                delete message.seriesTitle;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.edition = value;
                            else
                                delete message.edition;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.titleOfComponent = value;
                            else
                                delete message.titleOfComponent;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.authorOfComponent = value;
                            else
                                delete message.authorOfComponent;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.volume = value;
                            else
                                delete message.volume;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.issue = value;
                            else
                                delete message.issue;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.pagesRequested = value;
                            else
                                delete message.pagesRequested;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.estimatedNoPages = value;
                            else
                                delete message.estimatedNoPages;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            if (!(message.bibliographicItemId && message.bibliographicItemId.length))
                                message.bibliographicItemId = [];
                            message.bibliographicItemId.push($root.ilr.v1.BibliographicItemId.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.sponsor = value;
                            else
                                delete message.sponsor;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.informationSource = value;
                            else
                                delete message.informationSource;
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            if (!(message.bibliographicRecordId && message.bibliographicRecordId.length))
                                message.bibliographicRecordId = [];
                            message.bibliographicRecordId.push($root.ilr.v1.BibliographicRecordId.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a BibliographicInfo message.
             * @function verify
             * @memberof ilr.v1.BibliographicInfo
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            BibliographicInfo.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.supplierUniqueRecordId != null && $Object.hasOwnProperty.call(message, "supplierUniqueRecordId"))
                    if (!$util.isString(message.supplierUniqueRecordId))
                        return "supplierUniqueRecordId: string expected";
                if (message.title != null && $Object.hasOwnProperty.call(message, "title"))
                    if (!$util.isString(message.title))
                        return "title: string expected";
                if (message.author != null && $Object.hasOwnProperty.call(message, "author"))
                    if (!$util.isString(message.author))
                        return "author: string expected";
                if (message.subtitle != null && $Object.hasOwnProperty.call(message, "subtitle"))
                    if (!$util.isString(message.subtitle))
                        return "subtitle: string expected";
                if (message.seriesTitle != null && $Object.hasOwnProperty.call(message, "seriesTitle"))
                    if (!$util.isString(message.seriesTitle))
                        return "seriesTitle: string expected";
                if (message.edition != null && $Object.hasOwnProperty.call(message, "edition"))
                    if (!$util.isString(message.edition))
                        return "edition: string expected";
                if (message.titleOfComponent != null && $Object.hasOwnProperty.call(message, "titleOfComponent"))
                    if (!$util.isString(message.titleOfComponent))
                        return "titleOfComponent: string expected";
                if (message.authorOfComponent != null && $Object.hasOwnProperty.call(message, "authorOfComponent"))
                    if (!$util.isString(message.authorOfComponent))
                        return "authorOfComponent: string expected";
                if (message.volume != null && $Object.hasOwnProperty.call(message, "volume"))
                    if (!$util.isString(message.volume))
                        return "volume: string expected";
                if (message.issue != null && $Object.hasOwnProperty.call(message, "issue"))
                    if (!$util.isString(message.issue))
                        return "issue: string expected";
                if (message.pagesRequested != null && $Object.hasOwnProperty.call(message, "pagesRequested"))
                    if (!$util.isString(message.pagesRequested))
                        return "pagesRequested: string expected";
                if (message.estimatedNoPages != null && $Object.hasOwnProperty.call(message, "estimatedNoPages"))
                    if (!$util.isString(message.estimatedNoPages))
                        return "estimatedNoPages: string expected";
                if (message.bibliographicItemId != null && $Object.hasOwnProperty.call(message, "bibliographicItemId")) {
                    if (!$Array.isArray(message.bibliographicItemId))
                        return "bibliographicItemId: array expected";
                    for (let i = 0; i < message.bibliographicItemId.length; ++i) {
                        let error = $root.ilr.v1.BibliographicItemId.verify(message.bibliographicItemId[i], _depth + 1);
                        if (error)
                            return "bibliographicItemId." + error;
                    }
                }
                if (message.sponsor != null && $Object.hasOwnProperty.call(message, "sponsor"))
                    if (!$util.isString(message.sponsor))
                        return "sponsor: string expected";
                if (message.informationSource != null && $Object.hasOwnProperty.call(message, "informationSource"))
                    if (!$util.isString(message.informationSource))
                        return "informationSource: string expected";
                if (message.bibliographicRecordId != null && $Object.hasOwnProperty.call(message, "bibliographicRecordId")) {
                    if (!$Array.isArray(message.bibliographicRecordId))
                        return "bibliographicRecordId: array expected";
                    for (let i = 0; i < message.bibliographicRecordId.length; ++i) {
                        let error = $root.ilr.v1.BibliographicRecordId.verify(message.bibliographicRecordId[i], _depth + 1);
                        if (error)
                            return "bibliographicRecordId." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a BibliographicInfo message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ilr.v1.BibliographicInfo
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ilr.v1.BibliographicInfo} BibliographicInfo
             */
            BibliographicInfo.fromObject = function (object, _depth) {
                if (object instanceof $root.ilr.v1.BibliographicInfo)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ilr.v1.BibliographicInfo: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ilr.v1.BibliographicInfo();
                if (object.supplierUniqueRecordId != null)
                    if (typeof object.supplierUniqueRecordId !== "string" || object.supplierUniqueRecordId.length)
                        message.supplierUniqueRecordId = $String(object.supplierUniqueRecordId);
                if (object.title != null)
                    if (typeof object.title !== "string" || object.title.length)
                        message.title = $String(object.title);
                if (object.author != null)
                    if (typeof object.author !== "string" || object.author.length)
                        message.author = $String(object.author);
                if (object.subtitle != null)
                    if (typeof object.subtitle !== "string" || object.subtitle.length)
                        message.subtitle = $String(object.subtitle);
                if (object.seriesTitle != null)
                    if (typeof object.seriesTitle !== "string" || object.seriesTitle.length)
                        message.seriesTitle = $String(object.seriesTitle);
                if (object.edition != null)
                    if (typeof object.edition !== "string" || object.edition.length)
                        message.edition = $String(object.edition);
                if (object.titleOfComponent != null)
                    if (typeof object.titleOfComponent !== "string" || object.titleOfComponent.length)
                        message.titleOfComponent = $String(object.titleOfComponent);
                if (object.authorOfComponent != null)
                    if (typeof object.authorOfComponent !== "string" || object.authorOfComponent.length)
                        message.authorOfComponent = $String(object.authorOfComponent);
                if (object.volume != null)
                    if (typeof object.volume !== "string" || object.volume.length)
                        message.volume = $String(object.volume);
                if (object.issue != null)
                    if (typeof object.issue !== "string" || object.issue.length)
                        message.issue = $String(object.issue);
                if (object.pagesRequested != null)
                    if (typeof object.pagesRequested !== "string" || object.pagesRequested.length)
                        message.pagesRequested = $String(object.pagesRequested);
                if (object.estimatedNoPages != null)
                    if (typeof object.estimatedNoPages !== "string" || object.estimatedNoPages.length)
                        message.estimatedNoPages = $String(object.estimatedNoPages);
                if (object.bibliographicItemId) {
                    if (!$Array.isArray(object.bibliographicItemId))
                        throw $TypeError(".ilr.v1.BibliographicInfo.bibliographicItemId: array expected");
                    message.bibliographicItemId = $Array(object.bibliographicItemId.length);
                    for (let i = 0; i < object.bibliographicItemId.length; ++i) {
                        if (!$util.isObject(object.bibliographicItemId[i]))
                            throw $TypeError(".ilr.v1.BibliographicInfo.bibliographicItemId: object expected");
                        message.bibliographicItemId[i] = $root.ilr.v1.BibliographicItemId.fromObject(object.bibliographicItemId[i], _depth + 1);
                    }
                }
                if (object.sponsor != null)
                    if (typeof object.sponsor !== "string" || object.sponsor.length)
                        message.sponsor = $String(object.sponsor);
                if (object.informationSource != null)
                    if (typeof object.informationSource !== "string" || object.informationSource.length)
                        message.informationSource = $String(object.informationSource);
                if (object.bibliographicRecordId) {
                    if (!$Array.isArray(object.bibliographicRecordId))
                        throw $TypeError(".ilr.v1.BibliographicInfo.bibliographicRecordId: array expected");
                    message.bibliographicRecordId = $Array(object.bibliographicRecordId.length);
                    for (let i = 0; i < object.bibliographicRecordId.length; ++i) {
                        if (!$util.isObject(object.bibliographicRecordId[i]))
                            throw $TypeError(".ilr.v1.BibliographicInfo.bibliographicRecordId: object expected");
                        message.bibliographicRecordId[i] = $root.ilr.v1.BibliographicRecordId.fromObject(object.bibliographicRecordId[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a BibliographicInfo message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ilr.v1.BibliographicInfo
             * @static
             * @param {ilr.v1.BibliographicInfo} message BibliographicInfo
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            BibliographicInfo.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.bibliographicItemId = [];
                    object.bibliographicRecordId = [];
                }
                if (options.defaults) {
                    object.supplierUniqueRecordId = "";
                    object.title = "";
                    object.author = "";
                    object.subtitle = "";
                    object.seriesTitle = "";
                    object.edition = "";
                    object.titleOfComponent = "";
                    object.authorOfComponent = "";
                    object.volume = "";
                    object.issue = "";
                    object.pagesRequested = "";
                    object.estimatedNoPages = "";
                    object.sponsor = "";
                    object.informationSource = "";
                }
                if (message.supplierUniqueRecordId != null && $Object.hasOwnProperty.call(message, "supplierUniqueRecordId"))
                    object.supplierUniqueRecordId = message.supplierUniqueRecordId;
                if (message.title != null && $Object.hasOwnProperty.call(message, "title"))
                    object.title = message.title;
                if (message.author != null && $Object.hasOwnProperty.call(message, "author"))
                    object.author = message.author;
                if (message.subtitle != null && $Object.hasOwnProperty.call(message, "subtitle"))
                    object.subtitle = message.subtitle;
                if (message.seriesTitle != null && $Object.hasOwnProperty.call(message, "seriesTitle"))
                    object.seriesTitle = message.seriesTitle;
                if (message.edition != null && $Object.hasOwnProperty.call(message, "edition"))
                    object.edition = message.edition;
                if (message.titleOfComponent != null && $Object.hasOwnProperty.call(message, "titleOfComponent"))
                    object.titleOfComponent = message.titleOfComponent;
                if (message.authorOfComponent != null && $Object.hasOwnProperty.call(message, "authorOfComponent"))
                    object.authorOfComponent = message.authorOfComponent;
                if (message.volume != null && $Object.hasOwnProperty.call(message, "volume"))
                    object.volume = message.volume;
                if (message.issue != null && $Object.hasOwnProperty.call(message, "issue"))
                    object.issue = message.issue;
                if (message.pagesRequested != null && $Object.hasOwnProperty.call(message, "pagesRequested"))
                    object.pagesRequested = message.pagesRequested;
                if (message.estimatedNoPages != null && $Object.hasOwnProperty.call(message, "estimatedNoPages"))
                    object.estimatedNoPages = message.estimatedNoPages;
                if (message.bibliographicItemId && message.bibliographicItemId.length) {
                    object.bibliographicItemId = $Array(message.bibliographicItemId.length);
                    for (let j = 0; j < message.bibliographicItemId.length; ++j)
                        object.bibliographicItemId[j] = $root.ilr.v1.BibliographicItemId.toObject(message.bibliographicItemId[j], options, _depth + 1);
                }
                if (message.sponsor != null && $Object.hasOwnProperty.call(message, "sponsor"))
                    object.sponsor = message.sponsor;
                if (message.informationSource != null && $Object.hasOwnProperty.call(message, "informationSource"))
                    object.informationSource = message.informationSource;
                if (message.bibliographicRecordId && message.bibliographicRecordId.length) {
                    object.bibliographicRecordId = $Array(message.bibliographicRecordId.length);
                    for (let j = 0; j < message.bibliographicRecordId.length; ++j)
                        object.bibliographicRecordId[j] = $root.ilr.v1.BibliographicRecordId.toObject(message.bibliographicRecordId[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this BibliographicInfo to JSON.
             * @function toJSON
             * @memberof ilr.v1.BibliographicInfo
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            BibliographicInfo.prototype.toJSON = function() {
                return BibliographicInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            return BibliographicInfo;
        })();

        v1.PublicationInfo = (function() {

            /**
             * Properties of a PublicationInfo.
             * @typedef {Object} ilr.v1.PublicationInfo.$Properties
             * @property {string|null} [publisher] PublicationInfo publisher
             * @property {ilr.v1.SchemeValue.$Properties|null} [publicationType] PublicationInfo publicationType
             * @property {string|null} [publicationDate] PublicationInfo publicationDate
             * @property {string|null} [placeOfPublication] PublicationInfo placeOfPublication
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PublicationInfo.
             * @memberof ilr.v1
             * @interface IPublicationInfo
             * @augments ilr.v1.PublicationInfo.$Properties
             * @deprecated Use ilr.v1.PublicationInfo.$Properties instead.
             */

            /**
             * Shape of a PublicationInfo.
             * @typedef {ilr.v1.PublicationInfo.$Properties} ilr.v1.PublicationInfo.$Shape
             */

            /**
             * Constructs a new PublicationInfo.
             * @memberof ilr.v1
             * @classdesc Represents a PublicationInfo.
             * @constructor
             * @param {ilr.v1.PublicationInfo.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PublicationInfo = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PublicationInfo publisher.
             * @member {string} publisher
             * @memberof ilr.v1.PublicationInfo
             * @instance
             */
            PublicationInfo.prototype.publisher = "";

            /**
             * PublicationInfo publicationType.
             * @member {ilr.v1.SchemeValue.$Properties|null|undefined} publicationType
             * @memberof ilr.v1.PublicationInfo
             * @instance
             */
            PublicationInfo.prototype.publicationType = null;

            /**
             * PublicationInfo publicationDate.
             * @member {string} publicationDate
             * @memberof ilr.v1.PublicationInfo
             * @instance
             */
            PublicationInfo.prototype.publicationDate = "";

            /**
             * PublicationInfo placeOfPublication.
             * @member {string} placeOfPublication
             * @memberof ilr.v1.PublicationInfo
             * @instance
             */
            PublicationInfo.prototype.placeOfPublication = "";

            /**
             * Creates a new PublicationInfo instance using the specified properties.
             * @function create
             * @memberof ilr.v1.PublicationInfo
             * @static
             * @param {ilr.v1.PublicationInfo.$Properties=} [properties] Properties to set
             * @returns {ilr.v1.PublicationInfo} PublicationInfo instance
             * @type {{
             *   (properties: ilr.v1.PublicationInfo.$Shape): ilr.v1.PublicationInfo & ilr.v1.PublicationInfo.$Shape;
             *   (properties?: ilr.v1.PublicationInfo.$Properties): ilr.v1.PublicationInfo;
             * }}
             */
            PublicationInfo.create = function(properties) {
                return new PublicationInfo(properties);
            };

            /**
             * Encodes the specified PublicationInfo message. Does not implicitly {@link ilr.v1.PublicationInfo.verify|verify} messages.
             * @function encode
             * @memberof ilr.v1.PublicationInfo
             * @static
             * @param {ilr.v1.PublicationInfo.$Properties} message PublicationInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PublicationInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.publisher != null && $Object.hasOwnProperty.call(message, "publisher") && message.publisher !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.publisher);
                if (message.publicationType != null && $Object.hasOwnProperty.call(message, "publicationType"))
                    $root.ilr.v1.SchemeValue.encode(message.publicationType, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.publicationDate != null && $Object.hasOwnProperty.call(message, "publicationDate") && message.publicationDate !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.publicationDate);
                if (message.placeOfPublication != null && $Object.hasOwnProperty.call(message, "placeOfPublication") && message.placeOfPublication !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.placeOfPublication);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PublicationInfo message from the specified reader or buffer.
             * @function decode
             * @memberof ilr.v1.PublicationInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ilr.v1.PublicationInfo & ilr.v1.PublicationInfo.$Shape} PublicationInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PublicationInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ilr.v1.PublicationInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.publisher = value;
                            else
                                delete message.publisher;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.publicationType = $root.ilr.v1.SchemeValue.decode(reader, reader.size(), $undefined, _depth + 1, message.publicationType);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.publicationDate = value;
                            else
                                delete message.publicationDate;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.placeOfPublication = value;
                            else
                                delete message.placeOfPublication;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a PublicationInfo message.
             * @function verify
             * @memberof ilr.v1.PublicationInfo
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PublicationInfo.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.publisher != null && $Object.hasOwnProperty.call(message, "publisher"))
                    if (!$util.isString(message.publisher))
                        return "publisher: string expected";
                if (message.publicationType != null && $Object.hasOwnProperty.call(message, "publicationType")) {
                    let error = $root.ilr.v1.SchemeValue.verify(message.publicationType, _depth + 1);
                    if (error)
                        return "publicationType." + error;
                }
                if (message.publicationDate != null && $Object.hasOwnProperty.call(message, "publicationDate"))
                    if (!$util.isString(message.publicationDate))
                        return "publicationDate: string expected";
                if (message.placeOfPublication != null && $Object.hasOwnProperty.call(message, "placeOfPublication"))
                    if (!$util.isString(message.placeOfPublication))
                        return "placeOfPublication: string expected";
                return null;
            };

            /**
             * Creates a PublicationInfo message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ilr.v1.PublicationInfo
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ilr.v1.PublicationInfo} PublicationInfo
             */
            PublicationInfo.fromObject = function (object, _depth) {
                if (object instanceof $root.ilr.v1.PublicationInfo)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ilr.v1.PublicationInfo: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ilr.v1.PublicationInfo();
                if (object.publisher != null)
                    if (typeof object.publisher !== "string" || object.publisher.length)
                        message.publisher = $String(object.publisher);
                if (object.publicationType != null) {
                    if (!$util.isObject(object.publicationType))
                        throw $TypeError(".ilr.v1.PublicationInfo.publicationType: object expected");
                    message.publicationType = $root.ilr.v1.SchemeValue.fromObject(object.publicationType, _depth + 1);
                }
                if (object.publicationDate != null)
                    if (typeof object.publicationDate !== "string" || object.publicationDate.length)
                        message.publicationDate = $String(object.publicationDate);
                if (object.placeOfPublication != null)
                    if (typeof object.placeOfPublication !== "string" || object.placeOfPublication.length)
                        message.placeOfPublication = $String(object.placeOfPublication);
                return message;
            };

            /**
             * Creates a plain object from a PublicationInfo message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ilr.v1.PublicationInfo
             * @static
             * @param {ilr.v1.PublicationInfo} message PublicationInfo
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PublicationInfo.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.publisher = "";
                    object.publicationType = null;
                    object.publicationDate = "";
                    object.placeOfPublication = "";
                }
                if (message.publisher != null && $Object.hasOwnProperty.call(message, "publisher"))
                    object.publisher = message.publisher;
                if (message.publicationType != null && $Object.hasOwnProperty.call(message, "publicationType"))
                    object.publicationType = $root.ilr.v1.SchemeValue.toObject(message.publicationType, options, _depth + 1);
                if (message.publicationDate != null && $Object.hasOwnProperty.call(message, "publicationDate"))
                    object.publicationDate = message.publicationDate;
                if (message.placeOfPublication != null && $Object.hasOwnProperty.call(message, "placeOfPublication"))
                    object.placeOfPublication = message.placeOfPublication;
                return object;
            };

            /**
             * Converts this PublicationInfo to JSON.
             * @function toJSON
             * @memberof ilr.v1.PublicationInfo
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PublicationInfo.prototype.toJSON = function() {
                return PublicationInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            return PublicationInfo;
        })();

        v1.ServiceInfo = (function() {

            /**
             * Properties of a ServiceInfo.
             * @typedef {Object} ilr.v1.ServiceInfo.$Properties
             * @property {ilr.v1.RequestType|null} [requestType] ServiceInfo requestType
             * @property {Array.<ilr.v1.RequestSubType>|null} [requestSubType] ServiceInfo requestSubType
             * @property {string|null} [requestingAgencyPreviousRequestId] ServiceInfo requestingAgencyPreviousRequestId
             * @property {ilr.v1.ServiceType|null} [serviceType] ServiceInfo serviceType
             * @property {ilr.v1.SchemeValue.$Properties|null} [serviceLevel] ServiceInfo serviceLevel
             * @property {ilr.v1.SchemeValue.$Properties|null} [preferredFormat] ServiceInfo preferredFormat
             * @property {string|null} [needBeforeDate] ServiceInfo needBeforeDate
             * @property {ilr.v1.SchemeValue.$Properties|null} [copyrightCompliance] ServiceInfo copyrightCompliance
             * @property {ilr.v1.YesNo|null} [anyEdition] ServiceInfo anyEdition
             * @property {string|null} [startDate] ServiceInfo startDate
             * @property {string|null} [endDate] ServiceInfo endDate
             * @property {string|null} [note] ServiceInfo note
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ServiceInfo.
             * @memberof ilr.v1
             * @interface IServiceInfo
             * @augments ilr.v1.ServiceInfo.$Properties
             * @deprecated Use ilr.v1.ServiceInfo.$Properties instead.
             */

            /**
             * Shape of a ServiceInfo.
             * @typedef {ilr.v1.ServiceInfo.$Properties} ilr.v1.ServiceInfo.$Shape
             */

            /**
             * Constructs a new ServiceInfo.
             * @memberof ilr.v1
             * @classdesc Represents a ServiceInfo.
             * @constructor
             * @param {ilr.v1.ServiceInfo.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ServiceInfo = function (properties) {
                this.requestSubType = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ServiceInfo requestType.
             * @member {ilr.v1.RequestType} requestType
             * @memberof ilr.v1.ServiceInfo
             * @instance
             */
            ServiceInfo.prototype.requestType = 0;

            /**
             * ServiceInfo requestSubType.
             * @member {Array.<ilr.v1.RequestSubType>} requestSubType
             * @memberof ilr.v1.ServiceInfo
             * @instance
             */
            ServiceInfo.prototype.requestSubType = $util.emptyArray;

            /**
             * ServiceInfo requestingAgencyPreviousRequestId.
             * @member {string} requestingAgencyPreviousRequestId
             * @memberof ilr.v1.ServiceInfo
             * @instance
             */
            ServiceInfo.prototype.requestingAgencyPreviousRequestId = "";

            /**
             * ServiceInfo serviceType.
             * @member {ilr.v1.ServiceType} serviceType
             * @memberof ilr.v1.ServiceInfo
             * @instance
             */
            ServiceInfo.prototype.serviceType = 0;

            /**
             * ServiceInfo serviceLevel.
             * @member {ilr.v1.SchemeValue.$Properties|null|undefined} serviceLevel
             * @memberof ilr.v1.ServiceInfo
             * @instance
             */
            ServiceInfo.prototype.serviceLevel = null;

            /**
             * ServiceInfo preferredFormat.
             * @member {ilr.v1.SchemeValue.$Properties|null|undefined} preferredFormat
             * @memberof ilr.v1.ServiceInfo
             * @instance
             */
            ServiceInfo.prototype.preferredFormat = null;

            /**
             * ServiceInfo needBeforeDate.
             * @member {string} needBeforeDate
             * @memberof ilr.v1.ServiceInfo
             * @instance
             */
            ServiceInfo.prototype.needBeforeDate = "";

            /**
             * ServiceInfo copyrightCompliance.
             * @member {ilr.v1.SchemeValue.$Properties|null|undefined} copyrightCompliance
             * @memberof ilr.v1.ServiceInfo
             * @instance
             */
            ServiceInfo.prototype.copyrightCompliance = null;

            /**
             * ServiceInfo anyEdition.
             * @member {ilr.v1.YesNo} anyEdition
             * @memberof ilr.v1.ServiceInfo
             * @instance
             */
            ServiceInfo.prototype.anyEdition = 0;

            /**
             * ServiceInfo startDate.
             * @member {string} startDate
             * @memberof ilr.v1.ServiceInfo
             * @instance
             */
            ServiceInfo.prototype.startDate = "";

            /**
             * ServiceInfo endDate.
             * @member {string} endDate
             * @memberof ilr.v1.ServiceInfo
             * @instance
             */
            ServiceInfo.prototype.endDate = "";

            /**
             * ServiceInfo note.
             * @member {string} note
             * @memberof ilr.v1.ServiceInfo
             * @instance
             */
            ServiceInfo.prototype.note = "";

            /**
             * Creates a new ServiceInfo instance using the specified properties.
             * @function create
             * @memberof ilr.v1.ServiceInfo
             * @static
             * @param {ilr.v1.ServiceInfo.$Properties=} [properties] Properties to set
             * @returns {ilr.v1.ServiceInfo} ServiceInfo instance
             * @type {{
             *   (properties: ilr.v1.ServiceInfo.$Shape): ilr.v1.ServiceInfo & ilr.v1.ServiceInfo.$Shape;
             *   (properties?: ilr.v1.ServiceInfo.$Properties): ilr.v1.ServiceInfo;
             * }}
             */
            ServiceInfo.create = function(properties) {
                return new ServiceInfo(properties);
            };

            /**
             * Encodes the specified ServiceInfo message. Does not implicitly {@link ilr.v1.ServiceInfo.verify|verify} messages.
             * @function encode
             * @memberof ilr.v1.ServiceInfo
             * @static
             * @param {ilr.v1.ServiceInfo.$Properties} message ServiceInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ServiceInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.requestType != null && $Object.hasOwnProperty.call(message, "requestType") && message.requestType !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.requestType);
                if (message.requestSubType != null && message.requestSubType.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).int32s(message.requestSubType);
                if (message.requestingAgencyPreviousRequestId != null && $Object.hasOwnProperty.call(message, "requestingAgencyPreviousRequestId") && message.requestingAgencyPreviousRequestId !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.requestingAgencyPreviousRequestId);
                if (message.serviceType != null && $Object.hasOwnProperty.call(message, "serviceType") && message.serviceType !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).int32(message.serviceType);
                if (message.serviceLevel != null && $Object.hasOwnProperty.call(message, "serviceLevel"))
                    $root.ilr.v1.SchemeValue.encode(message.serviceLevel, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.preferredFormat != null && $Object.hasOwnProperty.call(message, "preferredFormat"))
                    $root.ilr.v1.SchemeValue.encode(message.preferredFormat, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.needBeforeDate != null && $Object.hasOwnProperty.call(message, "needBeforeDate") && message.needBeforeDate !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.needBeforeDate);
                if (message.copyrightCompliance != null && $Object.hasOwnProperty.call(message, "copyrightCompliance"))
                    $root.ilr.v1.SchemeValue.encode(message.copyrightCompliance, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                if (message.anyEdition != null && $Object.hasOwnProperty.call(message, "anyEdition") && message.anyEdition !== 0)
                    writer.uint32(/* id 9, wireType 0 =*/72).int32(message.anyEdition);
                if (message.startDate != null && $Object.hasOwnProperty.call(message, "startDate") && message.startDate !== "")
                    writer.uint32(/* id 10, wireType 2 =*/82).string(message.startDate);
                if (message.endDate != null && $Object.hasOwnProperty.call(message, "endDate") && message.endDate !== "")
                    writer.uint32(/* id 11, wireType 2 =*/90).string(message.endDate);
                if (message.note != null && $Object.hasOwnProperty.call(message, "note") && message.note !== "")
                    writer.uint32(/* id 12, wireType 2 =*/98).string(message.note);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ServiceInfo message from the specified reader or buffer.
             * @function decode
             * @memberof ilr.v1.ServiceInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ilr.v1.ServiceInfo & ilr.v1.ServiceInfo.$Shape} ServiceInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ServiceInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ilr.v1.ServiceInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.requestType = value;
                            else
                                delete message.requestType;
                            continue;
                        }
                    case 2: {
                            if (wireType === 2) {
                                if (!(message.requestSubType && message.requestSubType.length))
                                    message.requestSubType = [];
                                reader.int32s(message.requestSubType);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.requestSubType && message.requestSubType.length))
                                message.requestSubType = [];
                            message.requestSubType.push(reader.int32());
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.requestingAgencyPreviousRequestId = value;
                            else
                                delete message.requestingAgencyPreviousRequestId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.serviceType = value;
                            else
                                delete message.serviceType;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.serviceLevel = $root.ilr.v1.SchemeValue.decode(reader, reader.size(), $undefined, _depth + 1, message.serviceLevel);
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.preferredFormat = $root.ilr.v1.SchemeValue.decode(reader, reader.size(), $undefined, _depth + 1, message.preferredFormat);
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.needBeforeDate = value;
                            else
                                delete message.needBeforeDate;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.copyrightCompliance = $root.ilr.v1.SchemeValue.decode(reader, reader.size(), $undefined, _depth + 1, message.copyrightCompliance);
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.anyEdition = value;
                            else
                                delete message.anyEdition;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.startDate = value;
                            else
                                delete message.startDate;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.endDate = value;
                            else
                                delete message.endDate;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.note = value;
                            else
                                delete message.note;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a ServiceInfo message.
             * @function verify
             * @memberof ilr.v1.ServiceInfo
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ServiceInfo.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.requestType != null && $Object.hasOwnProperty.call(message, "requestType"))
                    if (typeof message.requestType !== "number" || (message.requestType | 0) !== message.requestType)
                        return "requestType: enum value expected";
                if (message.requestSubType != null && $Object.hasOwnProperty.call(message, "requestSubType")) {
                    if (!$Array.isArray(message.requestSubType))
                        return "requestSubType: array expected";
                    for (let i = 0; i < message.requestSubType.length; ++i)
                        if (typeof message.requestSubType[i] !== "number" || (message.requestSubType[i] | 0) !== message.requestSubType[i])
                            return "requestSubType: enum value[] expected";
                }
                if (message.requestingAgencyPreviousRequestId != null && $Object.hasOwnProperty.call(message, "requestingAgencyPreviousRequestId"))
                    if (!$util.isString(message.requestingAgencyPreviousRequestId))
                        return "requestingAgencyPreviousRequestId: string expected";
                if (message.serviceType != null && $Object.hasOwnProperty.call(message, "serviceType"))
                    if (typeof message.serviceType !== "number" || (message.serviceType | 0) !== message.serviceType)
                        return "serviceType: enum value expected";
                if (message.serviceLevel != null && $Object.hasOwnProperty.call(message, "serviceLevel")) {
                    let error = $root.ilr.v1.SchemeValue.verify(message.serviceLevel, _depth + 1);
                    if (error)
                        return "serviceLevel." + error;
                }
                if (message.preferredFormat != null && $Object.hasOwnProperty.call(message, "preferredFormat")) {
                    let error = $root.ilr.v1.SchemeValue.verify(message.preferredFormat, _depth + 1);
                    if (error)
                        return "preferredFormat." + error;
                }
                if (message.needBeforeDate != null && $Object.hasOwnProperty.call(message, "needBeforeDate"))
                    if (!$util.isString(message.needBeforeDate))
                        return "needBeforeDate: string expected";
                if (message.copyrightCompliance != null && $Object.hasOwnProperty.call(message, "copyrightCompliance")) {
                    let error = $root.ilr.v1.SchemeValue.verify(message.copyrightCompliance, _depth + 1);
                    if (error)
                        return "copyrightCompliance." + error;
                }
                if (message.anyEdition != null && $Object.hasOwnProperty.call(message, "anyEdition"))
                    if (typeof message.anyEdition !== "number" || (message.anyEdition | 0) !== message.anyEdition)
                        return "anyEdition: enum value expected";
                if (message.startDate != null && $Object.hasOwnProperty.call(message, "startDate"))
                    if (!$util.isString(message.startDate))
                        return "startDate: string expected";
                if (message.endDate != null && $Object.hasOwnProperty.call(message, "endDate"))
                    if (!$util.isString(message.endDate))
                        return "endDate: string expected";
                if (message.note != null && $Object.hasOwnProperty.call(message, "note"))
                    if (!$util.isString(message.note))
                        return "note: string expected";
                return null;
            };

            /**
             * Creates a ServiceInfo message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ilr.v1.ServiceInfo
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ilr.v1.ServiceInfo} ServiceInfo
             */
            ServiceInfo.fromObject = function (object, _depth) {
                if (object instanceof $root.ilr.v1.ServiceInfo)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ilr.v1.ServiceInfo: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ilr.v1.ServiceInfo();
                if (object.requestType !== 0 && (typeof object.requestType !== "string" || $root.ilr.v1.RequestType[object.requestType] !== 0))
                    switch (object.requestType) {
                    case "REQUEST_TYPE_UNSPECIFIED":
                    case 0:
                        message.requestType = 0;
                        break;
                    case "REQUEST_TYPE_NEW":
                    case 1:
                        message.requestType = 1;
                        break;
                    case "REQUEST_TYPE_RETRY":
                    case 2:
                        message.requestType = 2;
                        break;
                    case "REQUEST_TYPE_REMINDER":
                    case 3:
                        message.requestType = 3;
                        break;
                    default:
                        if (typeof object.requestType === "number" && (object.requestType | 0) === object.requestType)
                            message.requestType = object.requestType;
                    }
                if (object.requestSubType) {
                    if (!$Array.isArray(object.requestSubType))
                        throw $TypeError(".ilr.v1.ServiceInfo.requestSubType: array expected");
                    message.requestSubType = [];
                    for (let i = 0; i < object.requestSubType.length; ++i)
                        switch (object.requestSubType[i]) {
                        case "REQUEST_SUB_TYPE_UNSPECIFIED":
                        case 0:
                            message.requestSubType[message.requestSubType.length] = 0;
                            break;
                        case "REQUEST_SUB_TYPE_BOOKING_REQUEST":
                        case 1:
                            message.requestSubType[message.requestSubType.length] = 1;
                            break;
                        case "REQUEST_SUB_TYPE_MULTIPLE_ITEM_REQUEST":
                        case 2:
                            message.requestSubType[message.requestSubType.length] = 2;
                            break;
                        case "REQUEST_SUB_TYPE_PATRON_REQUEST":
                        case 3:
                            message.requestSubType[message.requestSubType.length] = 3;
                            break;
                        case "REQUEST_SUB_TYPE_TRANSFER_REQUEST":
                        case 4:
                            message.requestSubType[message.requestSubType.length] = 4;
                            break;
                        case "REQUEST_SUB_TYPE_SUPPLYING_LIBRARYS_CHOICE":
                        case 5:
                            message.requestSubType[message.requestSubType.length] = 5;
                            break;
                        default:
                            if (typeof object.requestSubType[i] === "number" && (object.requestSubType[i] | 0) === object.requestSubType[i])
                                message.requestSubType[message.requestSubType.length] = object.requestSubType[i];
                        }
                }
                if (object.requestingAgencyPreviousRequestId != null)
                    if (typeof object.requestingAgencyPreviousRequestId !== "string" || object.requestingAgencyPreviousRequestId.length)
                        message.requestingAgencyPreviousRequestId = $String(object.requestingAgencyPreviousRequestId);
                if (object.serviceType !== 0 && (typeof object.serviceType !== "string" || $root.ilr.v1.ServiceType[object.serviceType] !== 0))
                    switch (object.serviceType) {
                    case "SERVICE_TYPE_UNSPECIFIED":
                    case 0:
                        message.serviceType = 0;
                        break;
                    case "SERVICE_TYPE_COPY":
                    case 1:
                        message.serviceType = 1;
                        break;
                    case "SERVICE_TYPE_LOAN":
                    case 2:
                        message.serviceType = 2;
                        break;
                    case "SERVICE_TYPE_COPY_OR_LOAN":
                    case 3:
                        message.serviceType = 3;
                        break;
                    default:
                        if (typeof object.serviceType === "number" && (object.serviceType | 0) === object.serviceType)
                            message.serviceType = object.serviceType;
                    }
                if (object.serviceLevel != null) {
                    if (!$util.isObject(object.serviceLevel))
                        throw $TypeError(".ilr.v1.ServiceInfo.serviceLevel: object expected");
                    message.serviceLevel = $root.ilr.v1.SchemeValue.fromObject(object.serviceLevel, _depth + 1);
                }
                if (object.preferredFormat != null) {
                    if (!$util.isObject(object.preferredFormat))
                        throw $TypeError(".ilr.v1.ServiceInfo.preferredFormat: object expected");
                    message.preferredFormat = $root.ilr.v1.SchemeValue.fromObject(object.preferredFormat, _depth + 1);
                }
                if (object.needBeforeDate != null)
                    if (typeof object.needBeforeDate !== "string" || object.needBeforeDate.length)
                        message.needBeforeDate = $String(object.needBeforeDate);
                if (object.copyrightCompliance != null) {
                    if (!$util.isObject(object.copyrightCompliance))
                        throw $TypeError(".ilr.v1.ServiceInfo.copyrightCompliance: object expected");
                    message.copyrightCompliance = $root.ilr.v1.SchemeValue.fromObject(object.copyrightCompliance, _depth + 1);
                }
                if (object.anyEdition !== 0 && (typeof object.anyEdition !== "string" || $root.ilr.v1.YesNo[object.anyEdition] !== 0))
                    switch (object.anyEdition) {
                    case "YES_NO_UNSPECIFIED":
                    case 0:
                        message.anyEdition = 0;
                        break;
                    case "YES_NO_Y":
                    case 1:
                        message.anyEdition = 1;
                        break;
                    case "YES_NO_N":
                    case 2:
                        message.anyEdition = 2;
                        break;
                    default:
                        if (typeof object.anyEdition === "number" && (object.anyEdition | 0) === object.anyEdition)
                            message.anyEdition = object.anyEdition;
                    }
                if (object.startDate != null)
                    if (typeof object.startDate !== "string" || object.startDate.length)
                        message.startDate = $String(object.startDate);
                if (object.endDate != null)
                    if (typeof object.endDate !== "string" || object.endDate.length)
                        message.endDate = $String(object.endDate);
                if (object.note != null)
                    if (typeof object.note !== "string" || object.note.length)
                        message.note = $String(object.note);
                return message;
            };

            /**
             * Creates a plain object from a ServiceInfo message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ilr.v1.ServiceInfo
             * @static
             * @param {ilr.v1.ServiceInfo} message ServiceInfo
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ServiceInfo.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.requestSubType = [];
                if (options.defaults) {
                    object.requestType = options.enums === $String ? "REQUEST_TYPE_UNSPECIFIED" : 0;
                    object.requestingAgencyPreviousRequestId = "";
                    object.serviceType = options.enums === $String ? "SERVICE_TYPE_UNSPECIFIED" : 0;
                    object.serviceLevel = null;
                    object.preferredFormat = null;
                    object.needBeforeDate = "";
                    object.copyrightCompliance = null;
                    object.anyEdition = options.enums === $String ? "YES_NO_UNSPECIFIED" : 0;
                    object.startDate = "";
                    object.endDate = "";
                    object.note = "";
                }
                if (message.requestType != null && $Object.hasOwnProperty.call(message, "requestType"))
                    object.requestType = options.enums === $String ? $root.ilr.v1.RequestType[message.requestType] === $undefined ? message.requestType : $root.ilr.v1.RequestType[message.requestType] : message.requestType;
                if (message.requestSubType && message.requestSubType.length) {
                    object.requestSubType = $Array(message.requestSubType.length);
                    for (let j = 0; j < message.requestSubType.length; ++j)
                        object.requestSubType[j] = options.enums === $String ? $root.ilr.v1.RequestSubType[message.requestSubType[j]] === $undefined ? message.requestSubType[j] : $root.ilr.v1.RequestSubType[message.requestSubType[j]] : message.requestSubType[j];
                }
                if (message.requestingAgencyPreviousRequestId != null && $Object.hasOwnProperty.call(message, "requestingAgencyPreviousRequestId"))
                    object.requestingAgencyPreviousRequestId = message.requestingAgencyPreviousRequestId;
                if (message.serviceType != null && $Object.hasOwnProperty.call(message, "serviceType"))
                    object.serviceType = options.enums === $String ? $root.ilr.v1.ServiceType[message.serviceType] === $undefined ? message.serviceType : $root.ilr.v1.ServiceType[message.serviceType] : message.serviceType;
                if (message.serviceLevel != null && $Object.hasOwnProperty.call(message, "serviceLevel"))
                    object.serviceLevel = $root.ilr.v1.SchemeValue.toObject(message.serviceLevel, options, _depth + 1);
                if (message.preferredFormat != null && $Object.hasOwnProperty.call(message, "preferredFormat"))
                    object.preferredFormat = $root.ilr.v1.SchemeValue.toObject(message.preferredFormat, options, _depth + 1);
                if (message.needBeforeDate != null && $Object.hasOwnProperty.call(message, "needBeforeDate"))
                    object.needBeforeDate = message.needBeforeDate;
                if (message.copyrightCompliance != null && $Object.hasOwnProperty.call(message, "copyrightCompliance"))
                    object.copyrightCompliance = $root.ilr.v1.SchemeValue.toObject(message.copyrightCompliance, options, _depth + 1);
                if (message.anyEdition != null && $Object.hasOwnProperty.call(message, "anyEdition"))
                    object.anyEdition = options.enums === $String ? $root.ilr.v1.YesNo[message.anyEdition] === $undefined ? message.anyEdition : $root.ilr.v1.YesNo[message.anyEdition] : message.anyEdition;
                if (message.startDate != null && $Object.hasOwnProperty.call(message, "startDate"))
                    object.startDate = message.startDate;
                if (message.endDate != null && $Object.hasOwnProperty.call(message, "endDate"))
                    object.endDate = message.endDate;
                if (message.note != null && $Object.hasOwnProperty.call(message, "note"))
                    object.note = message.note;
                return object;
            };

            /**
             * Converts this ServiceInfo to JSON.
             * @function toJSON
             * @memberof ilr.v1.ServiceInfo
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ServiceInfo.prototype.toJSON = function() {
                return ServiceInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ServiceInfo;
        })();

        v1.SupplierInfo = (function() {

            /**
             * Properties of a SupplierInfo.
             * @typedef {Object} ilr.v1.SupplierInfo.$Properties
             * @property {number|null} [sortOrder] SupplierInfo sortOrder
             * @property {ilr.v1.AgencyId.$Properties|null} [supplierCode] SupplierInfo supplierCode
             * @property {string|null} [supplierDescription] SupplierInfo supplierDescription
             * @property {ilr.v1.BibliographicRecordId.$Properties|null} [bibliographicRecordId] SupplierInfo bibliographicRecordId
             * @property {string|null} [callNumber] SupplierInfo callNumber
             * @property {string|null} [summaryHoldings] SupplierInfo summaryHoldings
             * @property {string|null} [availabilityNote] SupplierInfo availabilityNote
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SupplierInfo.
             * @memberof ilr.v1
             * @interface ISupplierInfo
             * @augments ilr.v1.SupplierInfo.$Properties
             * @deprecated Use ilr.v1.SupplierInfo.$Properties instead.
             */

            /**
             * Shape of a SupplierInfo.
             * @typedef {ilr.v1.SupplierInfo.$Properties} ilr.v1.SupplierInfo.$Shape
             */

            /**
             * Constructs a new SupplierInfo.
             * @memberof ilr.v1
             * @classdesc Represents a SupplierInfo.
             * @constructor
             * @param {ilr.v1.SupplierInfo.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SupplierInfo = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SupplierInfo sortOrder.
             * @member {number} sortOrder
             * @memberof ilr.v1.SupplierInfo
             * @instance
             */
            SupplierInfo.prototype.sortOrder = 0;

            /**
             * SupplierInfo supplierCode.
             * @member {ilr.v1.AgencyId.$Properties|null|undefined} supplierCode
             * @memberof ilr.v1.SupplierInfo
             * @instance
             */
            SupplierInfo.prototype.supplierCode = null;

            /**
             * SupplierInfo supplierDescription.
             * @member {string} supplierDescription
             * @memberof ilr.v1.SupplierInfo
             * @instance
             */
            SupplierInfo.prototype.supplierDescription = "";

            /**
             * SupplierInfo bibliographicRecordId.
             * @member {ilr.v1.BibliographicRecordId.$Properties|null|undefined} bibliographicRecordId
             * @memberof ilr.v1.SupplierInfo
             * @instance
             */
            SupplierInfo.prototype.bibliographicRecordId = null;

            /**
             * SupplierInfo callNumber.
             * @member {string} callNumber
             * @memberof ilr.v1.SupplierInfo
             * @instance
             */
            SupplierInfo.prototype.callNumber = "";

            /**
             * SupplierInfo summaryHoldings.
             * @member {string} summaryHoldings
             * @memberof ilr.v1.SupplierInfo
             * @instance
             */
            SupplierInfo.prototype.summaryHoldings = "";

            /**
             * SupplierInfo availabilityNote.
             * @member {string} availabilityNote
             * @memberof ilr.v1.SupplierInfo
             * @instance
             */
            SupplierInfo.prototype.availabilityNote = "";

            /**
             * Creates a new SupplierInfo instance using the specified properties.
             * @function create
             * @memberof ilr.v1.SupplierInfo
             * @static
             * @param {ilr.v1.SupplierInfo.$Properties=} [properties] Properties to set
             * @returns {ilr.v1.SupplierInfo} SupplierInfo instance
             * @type {{
             *   (properties: ilr.v1.SupplierInfo.$Shape): ilr.v1.SupplierInfo & ilr.v1.SupplierInfo.$Shape;
             *   (properties?: ilr.v1.SupplierInfo.$Properties): ilr.v1.SupplierInfo;
             * }}
             */
            SupplierInfo.create = function(properties) {
                return new SupplierInfo(properties);
            };

            /**
             * Encodes the specified SupplierInfo message. Does not implicitly {@link ilr.v1.SupplierInfo.verify|verify} messages.
             * @function encode
             * @memberof ilr.v1.SupplierInfo
             * @static
             * @param {ilr.v1.SupplierInfo.$Properties} message SupplierInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SupplierInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.sortOrder != null && $Object.hasOwnProperty.call(message, "sortOrder") && message.sortOrder !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.sortOrder);
                if (message.supplierCode != null && $Object.hasOwnProperty.call(message, "supplierCode"))
                    $root.ilr.v1.AgencyId.encode(message.supplierCode, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.supplierDescription != null && $Object.hasOwnProperty.call(message, "supplierDescription") && message.supplierDescription !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.supplierDescription);
                if (message.bibliographicRecordId != null && $Object.hasOwnProperty.call(message, "bibliographicRecordId"))
                    $root.ilr.v1.BibliographicRecordId.encode(message.bibliographicRecordId, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.callNumber != null && $Object.hasOwnProperty.call(message, "callNumber") && message.callNumber !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.callNumber);
                if (message.summaryHoldings != null && $Object.hasOwnProperty.call(message, "summaryHoldings") && message.summaryHoldings !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.summaryHoldings);
                if (message.availabilityNote != null && $Object.hasOwnProperty.call(message, "availabilityNote") && message.availabilityNote !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.availabilityNote);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SupplierInfo message from the specified reader or buffer.
             * @function decode
             * @memberof ilr.v1.SupplierInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ilr.v1.SupplierInfo & ilr.v1.SupplierInfo.$Shape} SupplierInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SupplierInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ilr.v1.SupplierInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.sortOrder = value;
                            else
                                delete message.sortOrder;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.supplierCode = $root.ilr.v1.AgencyId.decode(reader, reader.size(), $undefined, _depth + 1, message.supplierCode);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.supplierDescription = value;
                            else
                                delete message.supplierDescription;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.bibliographicRecordId = $root.ilr.v1.BibliographicRecordId.decode(reader, reader.size(), $undefined, _depth + 1, message.bibliographicRecordId);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.callNumber = value;
                            else
                                delete message.callNumber;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.summaryHoldings = value;
                            else
                                delete message.summaryHoldings;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.availabilityNote = value;
                            else
                                delete message.availabilityNote;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a SupplierInfo message.
             * @function verify
             * @memberof ilr.v1.SupplierInfo
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SupplierInfo.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.sortOrder != null && $Object.hasOwnProperty.call(message, "sortOrder"))
                    if (!$util.isInteger(message.sortOrder))
                        return "sortOrder: integer expected";
                if (message.supplierCode != null && $Object.hasOwnProperty.call(message, "supplierCode")) {
                    let error = $root.ilr.v1.AgencyId.verify(message.supplierCode, _depth + 1);
                    if (error)
                        return "supplierCode." + error;
                }
                if (message.supplierDescription != null && $Object.hasOwnProperty.call(message, "supplierDescription"))
                    if (!$util.isString(message.supplierDescription))
                        return "supplierDescription: string expected";
                if (message.bibliographicRecordId != null && $Object.hasOwnProperty.call(message, "bibliographicRecordId")) {
                    let error = $root.ilr.v1.BibliographicRecordId.verify(message.bibliographicRecordId, _depth + 1);
                    if (error)
                        return "bibliographicRecordId." + error;
                }
                if (message.callNumber != null && $Object.hasOwnProperty.call(message, "callNumber"))
                    if (!$util.isString(message.callNumber))
                        return "callNumber: string expected";
                if (message.summaryHoldings != null && $Object.hasOwnProperty.call(message, "summaryHoldings"))
                    if (!$util.isString(message.summaryHoldings))
                        return "summaryHoldings: string expected";
                if (message.availabilityNote != null && $Object.hasOwnProperty.call(message, "availabilityNote"))
                    if (!$util.isString(message.availabilityNote))
                        return "availabilityNote: string expected";
                return null;
            };

            /**
             * Creates a SupplierInfo message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ilr.v1.SupplierInfo
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ilr.v1.SupplierInfo} SupplierInfo
             */
            SupplierInfo.fromObject = function (object, _depth) {
                if (object instanceof $root.ilr.v1.SupplierInfo)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ilr.v1.SupplierInfo: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ilr.v1.SupplierInfo();
                if (object.sortOrder != null)
                    if ($Number(object.sortOrder) !== 0)
                        message.sortOrder = object.sortOrder >>> 0;
                if (object.supplierCode != null) {
                    if (!$util.isObject(object.supplierCode))
                        throw $TypeError(".ilr.v1.SupplierInfo.supplierCode: object expected");
                    message.supplierCode = $root.ilr.v1.AgencyId.fromObject(object.supplierCode, _depth + 1);
                }
                if (object.supplierDescription != null)
                    if (typeof object.supplierDescription !== "string" || object.supplierDescription.length)
                        message.supplierDescription = $String(object.supplierDescription);
                if (object.bibliographicRecordId != null) {
                    if (!$util.isObject(object.bibliographicRecordId))
                        throw $TypeError(".ilr.v1.SupplierInfo.bibliographicRecordId: object expected");
                    message.bibliographicRecordId = $root.ilr.v1.BibliographicRecordId.fromObject(object.bibliographicRecordId, _depth + 1);
                }
                if (object.callNumber != null)
                    if (typeof object.callNumber !== "string" || object.callNumber.length)
                        message.callNumber = $String(object.callNumber);
                if (object.summaryHoldings != null)
                    if (typeof object.summaryHoldings !== "string" || object.summaryHoldings.length)
                        message.summaryHoldings = $String(object.summaryHoldings);
                if (object.availabilityNote != null)
                    if (typeof object.availabilityNote !== "string" || object.availabilityNote.length)
                        message.availabilityNote = $String(object.availabilityNote);
                return message;
            };

            /**
             * Creates a plain object from a SupplierInfo message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ilr.v1.SupplierInfo
             * @static
             * @param {ilr.v1.SupplierInfo} message SupplierInfo
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SupplierInfo.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.sortOrder = 0;
                    object.supplierCode = null;
                    object.supplierDescription = "";
                    object.bibliographicRecordId = null;
                    object.callNumber = "";
                    object.summaryHoldings = "";
                    object.availabilityNote = "";
                }
                if (message.sortOrder != null && $Object.hasOwnProperty.call(message, "sortOrder"))
                    object.sortOrder = message.sortOrder;
                if (message.supplierCode != null && $Object.hasOwnProperty.call(message, "supplierCode"))
                    object.supplierCode = $root.ilr.v1.AgencyId.toObject(message.supplierCode, options, _depth + 1);
                if (message.supplierDescription != null && $Object.hasOwnProperty.call(message, "supplierDescription"))
                    object.supplierDescription = message.supplierDescription;
                if (message.bibliographicRecordId != null && $Object.hasOwnProperty.call(message, "bibliographicRecordId"))
                    object.bibliographicRecordId = $root.ilr.v1.BibliographicRecordId.toObject(message.bibliographicRecordId, options, _depth + 1);
                if (message.callNumber != null && $Object.hasOwnProperty.call(message, "callNumber"))
                    object.callNumber = message.callNumber;
                if (message.summaryHoldings != null && $Object.hasOwnProperty.call(message, "summaryHoldings"))
                    object.summaryHoldings = message.summaryHoldings;
                if (message.availabilityNote != null && $Object.hasOwnProperty.call(message, "availabilityNote"))
                    object.availabilityNote = message.availabilityNote;
                return object;
            };

            /**
             * Converts this SupplierInfo to JSON.
             * @function toJSON
             * @memberof ilr.v1.SupplierInfo
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SupplierInfo.prototype.toJSON = function() {
                return SupplierInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            return SupplierInfo;
        })();

        v1.RequestedDeliveryInfo = (function() {

            /**
             * Properties of a RequestedDeliveryInfo.
             * @typedef {Object} ilr.v1.RequestedDeliveryInfo.$Properties
             * @property {number|null} [sortOrder] RequestedDeliveryInfo sortOrder
             * @property {string|null} [library] RequestedDeliveryInfo library
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RequestedDeliveryInfo.
             * @memberof ilr.v1
             * @interface IRequestedDeliveryInfo
             * @augments ilr.v1.RequestedDeliveryInfo.$Properties
             * @deprecated Use ilr.v1.RequestedDeliveryInfo.$Properties instead.
             */

            /**
             * Shape of a RequestedDeliveryInfo.
             * @typedef {ilr.v1.RequestedDeliveryInfo.$Properties} ilr.v1.RequestedDeliveryInfo.$Shape
             */

            /**
             * Constructs a new RequestedDeliveryInfo.
             * @memberof ilr.v1
             * @classdesc Represents a RequestedDeliveryInfo.
             * @constructor
             * @param {ilr.v1.RequestedDeliveryInfo.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RequestedDeliveryInfo = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RequestedDeliveryInfo sortOrder.
             * @member {number} sortOrder
             * @memberof ilr.v1.RequestedDeliveryInfo
             * @instance
             */
            RequestedDeliveryInfo.prototype.sortOrder = 0;

            /**
             * RequestedDeliveryInfo library.
             * @member {string} library
             * @memberof ilr.v1.RequestedDeliveryInfo
             * @instance
             */
            RequestedDeliveryInfo.prototype.library = "";

            /**
             * Creates a new RequestedDeliveryInfo instance using the specified properties.
             * @function create
             * @memberof ilr.v1.RequestedDeliveryInfo
             * @static
             * @param {ilr.v1.RequestedDeliveryInfo.$Properties=} [properties] Properties to set
             * @returns {ilr.v1.RequestedDeliveryInfo} RequestedDeliveryInfo instance
             * @type {{
             *   (properties: ilr.v1.RequestedDeliveryInfo.$Shape): ilr.v1.RequestedDeliveryInfo & ilr.v1.RequestedDeliveryInfo.$Shape;
             *   (properties?: ilr.v1.RequestedDeliveryInfo.$Properties): ilr.v1.RequestedDeliveryInfo;
             * }}
             */
            RequestedDeliveryInfo.create = function(properties) {
                return new RequestedDeliveryInfo(properties);
            };

            /**
             * Encodes the specified RequestedDeliveryInfo message. Does not implicitly {@link ilr.v1.RequestedDeliveryInfo.verify|verify} messages.
             * @function encode
             * @memberof ilr.v1.RequestedDeliveryInfo
             * @static
             * @param {ilr.v1.RequestedDeliveryInfo.$Properties} message RequestedDeliveryInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RequestedDeliveryInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.sortOrder != null && $Object.hasOwnProperty.call(message, "sortOrder") && message.sortOrder !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.sortOrder);
                if (message.library != null && $Object.hasOwnProperty.call(message, "library") && message.library !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.library);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RequestedDeliveryInfo message from the specified reader or buffer.
             * @function decode
             * @memberof ilr.v1.RequestedDeliveryInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ilr.v1.RequestedDeliveryInfo & ilr.v1.RequestedDeliveryInfo.$Shape} RequestedDeliveryInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RequestedDeliveryInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ilr.v1.RequestedDeliveryInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.sortOrder = value;
                            else
                                delete message.sortOrder;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.library = value;
                            else
                                delete message.library;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a RequestedDeliveryInfo message.
             * @function verify
             * @memberof ilr.v1.RequestedDeliveryInfo
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            RequestedDeliveryInfo.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.sortOrder != null && $Object.hasOwnProperty.call(message, "sortOrder"))
                    if (!$util.isInteger(message.sortOrder))
                        return "sortOrder: integer expected";
                if (message.library != null && $Object.hasOwnProperty.call(message, "library"))
                    if (!$util.isString(message.library))
                        return "library: string expected";
                return null;
            };

            /**
             * Creates a RequestedDeliveryInfo message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ilr.v1.RequestedDeliveryInfo
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ilr.v1.RequestedDeliveryInfo} RequestedDeliveryInfo
             */
            RequestedDeliveryInfo.fromObject = function (object, _depth) {
                if (object instanceof $root.ilr.v1.RequestedDeliveryInfo)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ilr.v1.RequestedDeliveryInfo: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ilr.v1.RequestedDeliveryInfo();
                if (object.sortOrder != null)
                    if ($Number(object.sortOrder) !== 0)
                        message.sortOrder = object.sortOrder >>> 0;
                if (object.library != null)
                    if (typeof object.library !== "string" || object.library.length)
                        message.library = $String(object.library);
                return message;
            };

            /**
             * Creates a plain object from a RequestedDeliveryInfo message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ilr.v1.RequestedDeliveryInfo
             * @static
             * @param {ilr.v1.RequestedDeliveryInfo} message RequestedDeliveryInfo
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RequestedDeliveryInfo.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.sortOrder = 0;
                    object.library = "";
                }
                if (message.sortOrder != null && $Object.hasOwnProperty.call(message, "sortOrder"))
                    object.sortOrder = message.sortOrder;
                if (message.library != null && $Object.hasOwnProperty.call(message, "library"))
                    object.library = message.library;
                return object;
            };

            /**
             * Converts this RequestedDeliveryInfo to JSON.
             * @function toJSON
             * @memberof ilr.v1.RequestedDeliveryInfo
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RequestedDeliveryInfo.prototype.toJSON = function() {
                return RequestedDeliveryInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            return RequestedDeliveryInfo;
        })();

        v1.BillingInfo = (function() {

            /**
             * Properties of a BillingInfo.
             * @typedef {Object} ilr.v1.BillingInfo.$Properties
             * @property {ilr.v1.SchemeValue.$Properties|null} [paymentMethod] BillingInfo paymentMethod
             * @property {ilr.v1.Costs.$Properties|null} [maximumCosts] BillingInfo maximumCosts
             * @property {ilr.v1.SchemeValue.$Properties|null} [billingMethod] BillingInfo billingMethod
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a BillingInfo.
             * @memberof ilr.v1
             * @interface IBillingInfo
             * @augments ilr.v1.BillingInfo.$Properties
             * @deprecated Use ilr.v1.BillingInfo.$Properties instead.
             */

            /**
             * Shape of a BillingInfo.
             * @typedef {ilr.v1.BillingInfo.$Properties} ilr.v1.BillingInfo.$Shape
             */

            /**
             * Constructs a new BillingInfo.
             * @memberof ilr.v1
             * @classdesc Represents a BillingInfo.
             * @constructor
             * @param {ilr.v1.BillingInfo.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const BillingInfo = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * BillingInfo paymentMethod.
             * @member {ilr.v1.SchemeValue.$Properties|null|undefined} paymentMethod
             * @memberof ilr.v1.BillingInfo
             * @instance
             */
            BillingInfo.prototype.paymentMethod = null;

            /**
             * BillingInfo maximumCosts.
             * @member {ilr.v1.Costs.$Properties|null|undefined} maximumCosts
             * @memberof ilr.v1.BillingInfo
             * @instance
             */
            BillingInfo.prototype.maximumCosts = null;

            /**
             * BillingInfo billingMethod.
             * @member {ilr.v1.SchemeValue.$Properties|null|undefined} billingMethod
             * @memberof ilr.v1.BillingInfo
             * @instance
             */
            BillingInfo.prototype.billingMethod = null;

            /**
             * Creates a new BillingInfo instance using the specified properties.
             * @function create
             * @memberof ilr.v1.BillingInfo
             * @static
             * @param {ilr.v1.BillingInfo.$Properties=} [properties] Properties to set
             * @returns {ilr.v1.BillingInfo} BillingInfo instance
             * @type {{
             *   (properties: ilr.v1.BillingInfo.$Shape): ilr.v1.BillingInfo & ilr.v1.BillingInfo.$Shape;
             *   (properties?: ilr.v1.BillingInfo.$Properties): ilr.v1.BillingInfo;
             * }}
             */
            BillingInfo.create = function(properties) {
                return new BillingInfo(properties);
            };

            /**
             * Encodes the specified BillingInfo message. Does not implicitly {@link ilr.v1.BillingInfo.verify|verify} messages.
             * @function encode
             * @memberof ilr.v1.BillingInfo
             * @static
             * @param {ilr.v1.BillingInfo.$Properties} message BillingInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BillingInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.paymentMethod != null && $Object.hasOwnProperty.call(message, "paymentMethod"))
                    $root.ilr.v1.SchemeValue.encode(message.paymentMethod, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.maximumCosts != null && $Object.hasOwnProperty.call(message, "maximumCosts"))
                    $root.ilr.v1.Costs.encode(message.maximumCosts, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.billingMethod != null && $Object.hasOwnProperty.call(message, "billingMethod"))
                    $root.ilr.v1.SchemeValue.encode(message.billingMethod, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a BillingInfo message from the specified reader or buffer.
             * @function decode
             * @memberof ilr.v1.BillingInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ilr.v1.BillingInfo & ilr.v1.BillingInfo.$Shape} BillingInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BillingInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ilr.v1.BillingInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.paymentMethod = $root.ilr.v1.SchemeValue.decode(reader, reader.size(), $undefined, _depth + 1, message.paymentMethod);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.maximumCosts = $root.ilr.v1.Costs.decode(reader, reader.size(), $undefined, _depth + 1, message.maximumCosts);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.billingMethod = $root.ilr.v1.SchemeValue.decode(reader, reader.size(), $undefined, _depth + 1, message.billingMethod);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a BillingInfo message.
             * @function verify
             * @memberof ilr.v1.BillingInfo
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            BillingInfo.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.paymentMethod != null && $Object.hasOwnProperty.call(message, "paymentMethod")) {
                    let error = $root.ilr.v1.SchemeValue.verify(message.paymentMethod, _depth + 1);
                    if (error)
                        return "paymentMethod." + error;
                }
                if (message.maximumCosts != null && $Object.hasOwnProperty.call(message, "maximumCosts")) {
                    let error = $root.ilr.v1.Costs.verify(message.maximumCosts, _depth + 1);
                    if (error)
                        return "maximumCosts." + error;
                }
                if (message.billingMethod != null && $Object.hasOwnProperty.call(message, "billingMethod")) {
                    let error = $root.ilr.v1.SchemeValue.verify(message.billingMethod, _depth + 1);
                    if (error)
                        return "billingMethod." + error;
                }
                return null;
            };

            /**
             * Creates a BillingInfo message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ilr.v1.BillingInfo
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ilr.v1.BillingInfo} BillingInfo
             */
            BillingInfo.fromObject = function (object, _depth) {
                if (object instanceof $root.ilr.v1.BillingInfo)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ilr.v1.BillingInfo: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ilr.v1.BillingInfo();
                if (object.paymentMethod != null) {
                    if (!$util.isObject(object.paymentMethod))
                        throw $TypeError(".ilr.v1.BillingInfo.paymentMethod: object expected");
                    message.paymentMethod = $root.ilr.v1.SchemeValue.fromObject(object.paymentMethod, _depth + 1);
                }
                if (object.maximumCosts != null) {
                    if (!$util.isObject(object.maximumCosts))
                        throw $TypeError(".ilr.v1.BillingInfo.maximumCosts: object expected");
                    message.maximumCosts = $root.ilr.v1.Costs.fromObject(object.maximumCosts, _depth + 1);
                }
                if (object.billingMethod != null) {
                    if (!$util.isObject(object.billingMethod))
                        throw $TypeError(".ilr.v1.BillingInfo.billingMethod: object expected");
                    message.billingMethod = $root.ilr.v1.SchemeValue.fromObject(object.billingMethod, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a BillingInfo message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ilr.v1.BillingInfo
             * @static
             * @param {ilr.v1.BillingInfo} message BillingInfo
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            BillingInfo.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.paymentMethod = null;
                    object.maximumCosts = null;
                    object.billingMethod = null;
                }
                if (message.paymentMethod != null && $Object.hasOwnProperty.call(message, "paymentMethod"))
                    object.paymentMethod = $root.ilr.v1.SchemeValue.toObject(message.paymentMethod, options, _depth + 1);
                if (message.maximumCosts != null && $Object.hasOwnProperty.call(message, "maximumCosts"))
                    object.maximumCosts = $root.ilr.v1.Costs.toObject(message.maximumCosts, options, _depth + 1);
                if (message.billingMethod != null && $Object.hasOwnProperty.call(message, "billingMethod"))
                    object.billingMethod = $root.ilr.v1.SchemeValue.toObject(message.billingMethod, options, _depth + 1);
                return object;
            };

            /**
             * Converts this BillingInfo to JSON.
             * @function toJSON
             * @memberof ilr.v1.BillingInfo
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            BillingInfo.prototype.toJSON = function() {
                return BillingInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            return BillingInfo;
        })();

        v1.LoanRequest = (function() {

            /**
             * Properties of a LoanRequest.
             * @typedef {Object} ilr.v1.LoanRequest.$Properties
             * @property {ilr.v1.IsoHeader.$Properties|null} [header] LoanRequest header
             * @property {ilr.v1.BibliographicInfo.$Properties|null} [bibliographicInfo] LoanRequest bibliographicInfo
             * @property {ilr.v1.PublicationInfo.$Properties|null} [publicationInfo] LoanRequest publicationInfo
             * @property {ilr.v1.ServiceInfo.$Properties|null} [serviceInfo] LoanRequest serviceInfo
             * @property {Array.<ilr.v1.SupplierInfo.$Properties>|null} [supplierInfo] LoanRequest supplierInfo
             * @property {Array.<ilr.v1.RequestedDeliveryInfo.$Properties>|null} [requestedDeliveryInfo] LoanRequest requestedDeliveryInfo
             * @property {ilr.v1.PatronRef.$Properties|null} [patron] LoanRequest patron
             * @property {ilr.v1.BillingInfo.$Properties|null} [billingInfo] LoanRequest billingInfo
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LoanRequest.
             * @memberof ilr.v1
             * @interface ILoanRequest
             * @augments ilr.v1.LoanRequest.$Properties
             * @deprecated Use ilr.v1.LoanRequest.$Properties instead.
             */

            /**
             * Shape of a LoanRequest.
             * @typedef {ilr.v1.LoanRequest.$Properties} ilr.v1.LoanRequest.$Shape
             */

            /**
             * Constructs a new LoanRequest.
             * @memberof ilr.v1
             * @classdesc Represents a LoanRequest.
             * @constructor
             * @param {ilr.v1.LoanRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LoanRequest = function (properties) {
                this.supplierInfo = [];
                this.requestedDeliveryInfo = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * LoanRequest header.
             * @member {ilr.v1.IsoHeader.$Properties|null|undefined} header
             * @memberof ilr.v1.LoanRequest
             * @instance
             */
            LoanRequest.prototype.header = null;

            /**
             * LoanRequest bibliographicInfo.
             * @member {ilr.v1.BibliographicInfo.$Properties|null|undefined} bibliographicInfo
             * @memberof ilr.v1.LoanRequest
             * @instance
             */
            LoanRequest.prototype.bibliographicInfo = null;

            /**
             * LoanRequest publicationInfo.
             * @member {ilr.v1.PublicationInfo.$Properties|null|undefined} publicationInfo
             * @memberof ilr.v1.LoanRequest
             * @instance
             */
            LoanRequest.prototype.publicationInfo = null;

            /**
             * LoanRequest serviceInfo.
             * @member {ilr.v1.ServiceInfo.$Properties|null|undefined} serviceInfo
             * @memberof ilr.v1.LoanRequest
             * @instance
             */
            LoanRequest.prototype.serviceInfo = null;

            /**
             * LoanRequest supplierInfo.
             * @member {Array.<ilr.v1.SupplierInfo.$Properties>} supplierInfo
             * @memberof ilr.v1.LoanRequest
             * @instance
             */
            LoanRequest.prototype.supplierInfo = $util.emptyArray;

            /**
             * LoanRequest requestedDeliveryInfo.
             * @member {Array.<ilr.v1.RequestedDeliveryInfo.$Properties>} requestedDeliveryInfo
             * @memberof ilr.v1.LoanRequest
             * @instance
             */
            LoanRequest.prototype.requestedDeliveryInfo = $util.emptyArray;

            /**
             * LoanRequest patron.
             * @member {ilr.v1.PatronRef.$Properties|null|undefined} patron
             * @memberof ilr.v1.LoanRequest
             * @instance
             */
            LoanRequest.prototype.patron = null;

            /**
             * LoanRequest billingInfo.
             * @member {ilr.v1.BillingInfo.$Properties|null|undefined} billingInfo
             * @memberof ilr.v1.LoanRequest
             * @instance
             */
            LoanRequest.prototype.billingInfo = null;

            /**
             * Creates a new LoanRequest instance using the specified properties.
             * @function create
             * @memberof ilr.v1.LoanRequest
             * @static
             * @param {ilr.v1.LoanRequest.$Properties=} [properties] Properties to set
             * @returns {ilr.v1.LoanRequest} LoanRequest instance
             * @type {{
             *   (properties: ilr.v1.LoanRequest.$Shape): ilr.v1.LoanRequest & ilr.v1.LoanRequest.$Shape;
             *   (properties?: ilr.v1.LoanRequest.$Properties): ilr.v1.LoanRequest;
             * }}
             */
            LoanRequest.create = function(properties) {
                return new LoanRequest(properties);
            };

            /**
             * Encodes the specified LoanRequest message. Does not implicitly {@link ilr.v1.LoanRequest.verify|verify} messages.
             * @function encode
             * @memberof ilr.v1.LoanRequest
             * @static
             * @param {ilr.v1.LoanRequest.$Properties} message LoanRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LoanRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.header != null && $Object.hasOwnProperty.call(message, "header"))
                    $root.ilr.v1.IsoHeader.encode(message.header, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.bibliographicInfo != null && $Object.hasOwnProperty.call(message, "bibliographicInfo"))
                    $root.ilr.v1.BibliographicInfo.encode(message.bibliographicInfo, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.publicationInfo != null && $Object.hasOwnProperty.call(message, "publicationInfo"))
                    $root.ilr.v1.PublicationInfo.encode(message.publicationInfo, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.serviceInfo != null && $Object.hasOwnProperty.call(message, "serviceInfo"))
                    $root.ilr.v1.ServiceInfo.encode(message.serviceInfo, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.supplierInfo != null && message.supplierInfo.length)
                    for (let i = 0; i < message.supplierInfo.length; ++i)
                        $root.ilr.v1.SupplierInfo.encode(message.supplierInfo[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.requestedDeliveryInfo != null && message.requestedDeliveryInfo.length)
                    for (let i = 0; i < message.requestedDeliveryInfo.length; ++i)
                        $root.ilr.v1.RequestedDeliveryInfo.encode(message.requestedDeliveryInfo[i], writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.patron != null && $Object.hasOwnProperty.call(message, "patron"))
                    $root.ilr.v1.PatronRef.encode(message.patron, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.billingInfo != null && $Object.hasOwnProperty.call(message, "billingInfo"))
                    $root.ilr.v1.BillingInfo.encode(message.billingInfo, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a LoanRequest message from the specified reader or buffer.
             * @function decode
             * @memberof ilr.v1.LoanRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ilr.v1.LoanRequest & ilr.v1.LoanRequest.$Shape} LoanRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LoanRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ilr.v1.LoanRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.header = $root.ilr.v1.IsoHeader.decode(reader, reader.size(), $undefined, _depth + 1, message.header);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.bibliographicInfo = $root.ilr.v1.BibliographicInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.bibliographicInfo);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.publicationInfo = $root.ilr.v1.PublicationInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.publicationInfo);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.serviceInfo = $root.ilr.v1.ServiceInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.serviceInfo);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.supplierInfo && message.supplierInfo.length))
                                message.supplierInfo = [];
                            message.supplierInfo.push($root.ilr.v1.SupplierInfo.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.requestedDeliveryInfo && message.requestedDeliveryInfo.length))
                                message.requestedDeliveryInfo = [];
                            message.requestedDeliveryInfo.push($root.ilr.v1.RequestedDeliveryInfo.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.patron = $root.ilr.v1.PatronRef.decode(reader, reader.size(), $undefined, _depth + 1, message.patron);
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.billingInfo = $root.ilr.v1.BillingInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.billingInfo);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a LoanRequest message.
             * @function verify
             * @memberof ilr.v1.LoanRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            LoanRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.header != null && $Object.hasOwnProperty.call(message, "header")) {
                    let error = $root.ilr.v1.IsoHeader.verify(message.header, _depth + 1);
                    if (error)
                        return "header." + error;
                }
                if (message.bibliographicInfo != null && $Object.hasOwnProperty.call(message, "bibliographicInfo")) {
                    let error = $root.ilr.v1.BibliographicInfo.verify(message.bibliographicInfo, _depth + 1);
                    if (error)
                        return "bibliographicInfo." + error;
                }
                if (message.publicationInfo != null && $Object.hasOwnProperty.call(message, "publicationInfo")) {
                    let error = $root.ilr.v1.PublicationInfo.verify(message.publicationInfo, _depth + 1);
                    if (error)
                        return "publicationInfo." + error;
                }
                if (message.serviceInfo != null && $Object.hasOwnProperty.call(message, "serviceInfo")) {
                    let error = $root.ilr.v1.ServiceInfo.verify(message.serviceInfo, _depth + 1);
                    if (error)
                        return "serviceInfo." + error;
                }
                if (message.supplierInfo != null && $Object.hasOwnProperty.call(message, "supplierInfo")) {
                    if (!$Array.isArray(message.supplierInfo))
                        return "supplierInfo: array expected";
                    for (let i = 0; i < message.supplierInfo.length; ++i) {
                        let error = $root.ilr.v1.SupplierInfo.verify(message.supplierInfo[i], _depth + 1);
                        if (error)
                            return "supplierInfo." + error;
                    }
                }
                if (message.requestedDeliveryInfo != null && $Object.hasOwnProperty.call(message, "requestedDeliveryInfo")) {
                    if (!$Array.isArray(message.requestedDeliveryInfo))
                        return "requestedDeliveryInfo: array expected";
                    for (let i = 0; i < message.requestedDeliveryInfo.length; ++i) {
                        let error = $root.ilr.v1.RequestedDeliveryInfo.verify(message.requestedDeliveryInfo[i], _depth + 1);
                        if (error)
                            return "requestedDeliveryInfo." + error;
                    }
                }
                if (message.patron != null && $Object.hasOwnProperty.call(message, "patron")) {
                    let error = $root.ilr.v1.PatronRef.verify(message.patron, _depth + 1);
                    if (error)
                        return "patron." + error;
                }
                if (message.billingInfo != null && $Object.hasOwnProperty.call(message, "billingInfo")) {
                    let error = $root.ilr.v1.BillingInfo.verify(message.billingInfo, _depth + 1);
                    if (error)
                        return "billingInfo." + error;
                }
                return null;
            };

            /**
             * Creates a LoanRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ilr.v1.LoanRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ilr.v1.LoanRequest} LoanRequest
             */
            LoanRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.ilr.v1.LoanRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ilr.v1.LoanRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ilr.v1.LoanRequest();
                if (object.header != null) {
                    if (!$util.isObject(object.header))
                        throw $TypeError(".ilr.v1.LoanRequest.header: object expected");
                    message.header = $root.ilr.v1.IsoHeader.fromObject(object.header, _depth + 1);
                }
                if (object.bibliographicInfo != null) {
                    if (!$util.isObject(object.bibliographicInfo))
                        throw $TypeError(".ilr.v1.LoanRequest.bibliographicInfo: object expected");
                    message.bibliographicInfo = $root.ilr.v1.BibliographicInfo.fromObject(object.bibliographicInfo, _depth + 1);
                }
                if (object.publicationInfo != null) {
                    if (!$util.isObject(object.publicationInfo))
                        throw $TypeError(".ilr.v1.LoanRequest.publicationInfo: object expected");
                    message.publicationInfo = $root.ilr.v1.PublicationInfo.fromObject(object.publicationInfo, _depth + 1);
                }
                if (object.serviceInfo != null) {
                    if (!$util.isObject(object.serviceInfo))
                        throw $TypeError(".ilr.v1.LoanRequest.serviceInfo: object expected");
                    message.serviceInfo = $root.ilr.v1.ServiceInfo.fromObject(object.serviceInfo, _depth + 1);
                }
                if (object.supplierInfo) {
                    if (!$Array.isArray(object.supplierInfo))
                        throw $TypeError(".ilr.v1.LoanRequest.supplierInfo: array expected");
                    message.supplierInfo = $Array(object.supplierInfo.length);
                    for (let i = 0; i < object.supplierInfo.length; ++i) {
                        if (!$util.isObject(object.supplierInfo[i]))
                            throw $TypeError(".ilr.v1.LoanRequest.supplierInfo: object expected");
                        message.supplierInfo[i] = $root.ilr.v1.SupplierInfo.fromObject(object.supplierInfo[i], _depth + 1);
                    }
                }
                if (object.requestedDeliveryInfo) {
                    if (!$Array.isArray(object.requestedDeliveryInfo))
                        throw $TypeError(".ilr.v1.LoanRequest.requestedDeliveryInfo: array expected");
                    message.requestedDeliveryInfo = $Array(object.requestedDeliveryInfo.length);
                    for (let i = 0; i < object.requestedDeliveryInfo.length; ++i) {
                        if (!$util.isObject(object.requestedDeliveryInfo[i]))
                            throw $TypeError(".ilr.v1.LoanRequest.requestedDeliveryInfo: object expected");
                        message.requestedDeliveryInfo[i] = $root.ilr.v1.RequestedDeliveryInfo.fromObject(object.requestedDeliveryInfo[i], _depth + 1);
                    }
                }
                if (object.patron != null) {
                    if (!$util.isObject(object.patron))
                        throw $TypeError(".ilr.v1.LoanRequest.patron: object expected");
                    message.patron = $root.ilr.v1.PatronRef.fromObject(object.patron, _depth + 1);
                }
                if (object.billingInfo != null) {
                    if (!$util.isObject(object.billingInfo))
                        throw $TypeError(".ilr.v1.LoanRequest.billingInfo: object expected");
                    message.billingInfo = $root.ilr.v1.BillingInfo.fromObject(object.billingInfo, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a LoanRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ilr.v1.LoanRequest
             * @static
             * @param {ilr.v1.LoanRequest} message LoanRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LoanRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.supplierInfo = [];
                    object.requestedDeliveryInfo = [];
                }
                if (options.defaults) {
                    object.header = null;
                    object.bibliographicInfo = null;
                    object.publicationInfo = null;
                    object.serviceInfo = null;
                    object.patron = null;
                    object.billingInfo = null;
                }
                if (message.header != null && $Object.hasOwnProperty.call(message, "header"))
                    object.header = $root.ilr.v1.IsoHeader.toObject(message.header, options, _depth + 1);
                if (message.bibliographicInfo != null && $Object.hasOwnProperty.call(message, "bibliographicInfo"))
                    object.bibliographicInfo = $root.ilr.v1.BibliographicInfo.toObject(message.bibliographicInfo, options, _depth + 1);
                if (message.publicationInfo != null && $Object.hasOwnProperty.call(message, "publicationInfo"))
                    object.publicationInfo = $root.ilr.v1.PublicationInfo.toObject(message.publicationInfo, options, _depth + 1);
                if (message.serviceInfo != null && $Object.hasOwnProperty.call(message, "serviceInfo"))
                    object.serviceInfo = $root.ilr.v1.ServiceInfo.toObject(message.serviceInfo, options, _depth + 1);
                if (message.supplierInfo && message.supplierInfo.length) {
                    object.supplierInfo = $Array(message.supplierInfo.length);
                    for (let j = 0; j < message.supplierInfo.length; ++j)
                        object.supplierInfo[j] = $root.ilr.v1.SupplierInfo.toObject(message.supplierInfo[j], options, _depth + 1);
                }
                if (message.requestedDeliveryInfo && message.requestedDeliveryInfo.length) {
                    object.requestedDeliveryInfo = $Array(message.requestedDeliveryInfo.length);
                    for (let j = 0; j < message.requestedDeliveryInfo.length; ++j)
                        object.requestedDeliveryInfo[j] = $root.ilr.v1.RequestedDeliveryInfo.toObject(message.requestedDeliveryInfo[j], options, _depth + 1);
                }
                if (message.patron != null && $Object.hasOwnProperty.call(message, "patron"))
                    object.patron = $root.ilr.v1.PatronRef.toObject(message.patron, options, _depth + 1);
                if (message.billingInfo != null && $Object.hasOwnProperty.call(message, "billingInfo"))
                    object.billingInfo = $root.ilr.v1.BillingInfo.toObject(message.billingInfo, options, _depth + 1);
                return object;
            };

            /**
             * Converts this LoanRequest to JSON.
             * @function toJSON
             * @memberof ilr.v1.LoanRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LoanRequest.prototype.toJSON = function() {
                return LoanRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            return LoanRequest;
        })();

        v1.MessageInfo = (function() {

            /**
             * Properties of a MessageInfo.
             * @typedef {Object} ilr.v1.MessageInfo.$Properties
             * @property {ilr.v1.ReasonForMessage|null} [reasonForMessage] MessageInfo reasonForMessage
             * @property {ilr.v1.YesNo|null} [answerYesNo] MessageInfo answerYesNo
             * @property {string|null} [note] MessageInfo note
             * @property {ilr.v1.SchemeValue.$Properties|null} [reasonUnfilled] MessageInfo reasonUnfilled
             * @property {ilr.v1.SchemeValue.$Properties|null} [reasonRetry] MessageInfo reasonRetry
             * @property {ilr.v1.Costs.$Properties|null} [offeredCosts] MessageInfo offeredCosts
             * @property {string|null} [retryAfter] MessageInfo retryAfter
             * @property {string|null} [retryBefore] MessageInfo retryBefore
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MessageInfo.
             * @memberof ilr.v1
             * @interface IMessageInfo
             * @augments ilr.v1.MessageInfo.$Properties
             * @deprecated Use ilr.v1.MessageInfo.$Properties instead.
             */

            /**
             * Shape of a MessageInfo.
             * @typedef {ilr.v1.MessageInfo.$Properties} ilr.v1.MessageInfo.$Shape
             */

            /**
             * Constructs a new MessageInfo.
             * @memberof ilr.v1
             * @classdesc Represents a MessageInfo.
             * @constructor
             * @param {ilr.v1.MessageInfo.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MessageInfo = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MessageInfo reasonForMessage.
             * @member {ilr.v1.ReasonForMessage} reasonForMessage
             * @memberof ilr.v1.MessageInfo
             * @instance
             */
            MessageInfo.prototype.reasonForMessage = 0;

            /**
             * MessageInfo answerYesNo.
             * @member {ilr.v1.YesNo} answerYesNo
             * @memberof ilr.v1.MessageInfo
             * @instance
             */
            MessageInfo.prototype.answerYesNo = 0;

            /**
             * MessageInfo note.
             * @member {string} note
             * @memberof ilr.v1.MessageInfo
             * @instance
             */
            MessageInfo.prototype.note = "";

            /**
             * MessageInfo reasonUnfilled.
             * @member {ilr.v1.SchemeValue.$Properties|null|undefined} reasonUnfilled
             * @memberof ilr.v1.MessageInfo
             * @instance
             */
            MessageInfo.prototype.reasonUnfilled = null;

            /**
             * MessageInfo reasonRetry.
             * @member {ilr.v1.SchemeValue.$Properties|null|undefined} reasonRetry
             * @memberof ilr.v1.MessageInfo
             * @instance
             */
            MessageInfo.prototype.reasonRetry = null;

            /**
             * MessageInfo offeredCosts.
             * @member {ilr.v1.Costs.$Properties|null|undefined} offeredCosts
             * @memberof ilr.v1.MessageInfo
             * @instance
             */
            MessageInfo.prototype.offeredCosts = null;

            /**
             * MessageInfo retryAfter.
             * @member {string} retryAfter
             * @memberof ilr.v1.MessageInfo
             * @instance
             */
            MessageInfo.prototype.retryAfter = "";

            /**
             * MessageInfo retryBefore.
             * @member {string} retryBefore
             * @memberof ilr.v1.MessageInfo
             * @instance
             */
            MessageInfo.prototype.retryBefore = "";

            /**
             * Creates a new MessageInfo instance using the specified properties.
             * @function create
             * @memberof ilr.v1.MessageInfo
             * @static
             * @param {ilr.v1.MessageInfo.$Properties=} [properties] Properties to set
             * @returns {ilr.v1.MessageInfo} MessageInfo instance
             * @type {{
             *   (properties: ilr.v1.MessageInfo.$Shape): ilr.v1.MessageInfo & ilr.v1.MessageInfo.$Shape;
             *   (properties?: ilr.v1.MessageInfo.$Properties): ilr.v1.MessageInfo;
             * }}
             */
            MessageInfo.create = function(properties) {
                return new MessageInfo(properties);
            };

            /**
             * Encodes the specified MessageInfo message. Does not implicitly {@link ilr.v1.MessageInfo.verify|verify} messages.
             * @function encode
             * @memberof ilr.v1.MessageInfo
             * @static
             * @param {ilr.v1.MessageInfo.$Properties} message MessageInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MessageInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.reasonForMessage != null && $Object.hasOwnProperty.call(message, "reasonForMessage") && message.reasonForMessage !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.reasonForMessage);
                if (message.answerYesNo != null && $Object.hasOwnProperty.call(message, "answerYesNo") && message.answerYesNo !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.answerYesNo);
                if (message.note != null && $Object.hasOwnProperty.call(message, "note") && message.note !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.note);
                if (message.reasonUnfilled != null && $Object.hasOwnProperty.call(message, "reasonUnfilled"))
                    $root.ilr.v1.SchemeValue.encode(message.reasonUnfilled, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.reasonRetry != null && $Object.hasOwnProperty.call(message, "reasonRetry"))
                    $root.ilr.v1.SchemeValue.encode(message.reasonRetry, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.offeredCosts != null && $Object.hasOwnProperty.call(message, "offeredCosts"))
                    $root.ilr.v1.Costs.encode(message.offeredCosts, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.retryAfter != null && $Object.hasOwnProperty.call(message, "retryAfter") && message.retryAfter !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.retryAfter);
                if (message.retryBefore != null && $Object.hasOwnProperty.call(message, "retryBefore") && message.retryBefore !== "")
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.retryBefore);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a MessageInfo message from the specified reader or buffer.
             * @function decode
             * @memberof ilr.v1.MessageInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ilr.v1.MessageInfo & ilr.v1.MessageInfo.$Shape} MessageInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MessageInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ilr.v1.MessageInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.reasonForMessage = value;
                            else
                                delete message.reasonForMessage;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.answerYesNo = value;
                            else
                                delete message.answerYesNo;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.note = value;
                            else
                                delete message.note;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.reasonUnfilled = $root.ilr.v1.SchemeValue.decode(reader, reader.size(), $undefined, _depth + 1, message.reasonUnfilled);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.reasonRetry = $root.ilr.v1.SchemeValue.decode(reader, reader.size(), $undefined, _depth + 1, message.reasonRetry);
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.offeredCosts = $root.ilr.v1.Costs.decode(reader, reader.size(), $undefined, _depth + 1, message.offeredCosts);
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.retryAfter = value;
                            else
                                delete message.retryAfter;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.retryBefore = value;
                            else
                                delete message.retryBefore;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a MessageInfo message.
             * @function verify
             * @memberof ilr.v1.MessageInfo
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            MessageInfo.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.reasonForMessage != null && $Object.hasOwnProperty.call(message, "reasonForMessage"))
                    if (typeof message.reasonForMessage !== "number" || (message.reasonForMessage | 0) !== message.reasonForMessage)
                        return "reasonForMessage: enum value expected";
                if (message.answerYesNo != null && $Object.hasOwnProperty.call(message, "answerYesNo"))
                    if (typeof message.answerYesNo !== "number" || (message.answerYesNo | 0) !== message.answerYesNo)
                        return "answerYesNo: enum value expected";
                if (message.note != null && $Object.hasOwnProperty.call(message, "note"))
                    if (!$util.isString(message.note))
                        return "note: string expected";
                if (message.reasonUnfilled != null && $Object.hasOwnProperty.call(message, "reasonUnfilled")) {
                    let error = $root.ilr.v1.SchemeValue.verify(message.reasonUnfilled, _depth + 1);
                    if (error)
                        return "reasonUnfilled." + error;
                }
                if (message.reasonRetry != null && $Object.hasOwnProperty.call(message, "reasonRetry")) {
                    let error = $root.ilr.v1.SchemeValue.verify(message.reasonRetry, _depth + 1);
                    if (error)
                        return "reasonRetry." + error;
                }
                if (message.offeredCosts != null && $Object.hasOwnProperty.call(message, "offeredCosts")) {
                    let error = $root.ilr.v1.Costs.verify(message.offeredCosts, _depth + 1);
                    if (error)
                        return "offeredCosts." + error;
                }
                if (message.retryAfter != null && $Object.hasOwnProperty.call(message, "retryAfter"))
                    if (!$util.isString(message.retryAfter))
                        return "retryAfter: string expected";
                if (message.retryBefore != null && $Object.hasOwnProperty.call(message, "retryBefore"))
                    if (!$util.isString(message.retryBefore))
                        return "retryBefore: string expected";
                return null;
            };

            /**
             * Creates a MessageInfo message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ilr.v1.MessageInfo
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ilr.v1.MessageInfo} MessageInfo
             */
            MessageInfo.fromObject = function (object, _depth) {
                if (object instanceof $root.ilr.v1.MessageInfo)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ilr.v1.MessageInfo: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ilr.v1.MessageInfo();
                if (object.reasonForMessage !== 0 && (typeof object.reasonForMessage !== "string" || $root.ilr.v1.ReasonForMessage[object.reasonForMessage] !== 0))
                    switch (object.reasonForMessage) {
                    case "REASON_FOR_MESSAGE_UNSPECIFIED":
                    case 0:
                        message.reasonForMessage = 0;
                        break;
                    case "REASON_FOR_MESSAGE_REQUEST_RESPONSE":
                    case 1:
                        message.reasonForMessage = 1;
                        break;
                    case "REASON_FOR_MESSAGE_STATUS_REQUEST_RESPONSE":
                    case 2:
                        message.reasonForMessage = 2;
                        break;
                    case "REASON_FOR_MESSAGE_RENEW_RESPONSE":
                    case 3:
                        message.reasonForMessage = 3;
                        break;
                    case "REASON_FOR_MESSAGE_CANCEL_RESPONSE":
                    case 4:
                        message.reasonForMessage = 4;
                        break;
                    case "REASON_FOR_MESSAGE_STATUS_CHANGE":
                    case 5:
                        message.reasonForMessage = 5;
                        break;
                    case "REASON_FOR_MESSAGE_NOTIFICATION":
                    case 6:
                        message.reasonForMessage = 6;
                        break;
                    default:
                        if (typeof object.reasonForMessage === "number" && (object.reasonForMessage | 0) === object.reasonForMessage)
                            message.reasonForMessage = object.reasonForMessage;
                    }
                if (object.answerYesNo !== 0 && (typeof object.answerYesNo !== "string" || $root.ilr.v1.YesNo[object.answerYesNo] !== 0))
                    switch (object.answerYesNo) {
                    case "YES_NO_UNSPECIFIED":
                    case 0:
                        message.answerYesNo = 0;
                        break;
                    case "YES_NO_Y":
                    case 1:
                        message.answerYesNo = 1;
                        break;
                    case "YES_NO_N":
                    case 2:
                        message.answerYesNo = 2;
                        break;
                    default:
                        if (typeof object.answerYesNo === "number" && (object.answerYesNo | 0) === object.answerYesNo)
                            message.answerYesNo = object.answerYesNo;
                    }
                if (object.note != null)
                    if (typeof object.note !== "string" || object.note.length)
                        message.note = $String(object.note);
                if (object.reasonUnfilled != null) {
                    if (!$util.isObject(object.reasonUnfilled))
                        throw $TypeError(".ilr.v1.MessageInfo.reasonUnfilled: object expected");
                    message.reasonUnfilled = $root.ilr.v1.SchemeValue.fromObject(object.reasonUnfilled, _depth + 1);
                }
                if (object.reasonRetry != null) {
                    if (!$util.isObject(object.reasonRetry))
                        throw $TypeError(".ilr.v1.MessageInfo.reasonRetry: object expected");
                    message.reasonRetry = $root.ilr.v1.SchemeValue.fromObject(object.reasonRetry, _depth + 1);
                }
                if (object.offeredCosts != null) {
                    if (!$util.isObject(object.offeredCosts))
                        throw $TypeError(".ilr.v1.MessageInfo.offeredCosts: object expected");
                    message.offeredCosts = $root.ilr.v1.Costs.fromObject(object.offeredCosts, _depth + 1);
                }
                if (object.retryAfter != null)
                    if (typeof object.retryAfter !== "string" || object.retryAfter.length)
                        message.retryAfter = $String(object.retryAfter);
                if (object.retryBefore != null)
                    if (typeof object.retryBefore !== "string" || object.retryBefore.length)
                        message.retryBefore = $String(object.retryBefore);
                return message;
            };

            /**
             * Creates a plain object from a MessageInfo message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ilr.v1.MessageInfo
             * @static
             * @param {ilr.v1.MessageInfo} message MessageInfo
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            MessageInfo.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.reasonForMessage = options.enums === $String ? "REASON_FOR_MESSAGE_UNSPECIFIED" : 0;
                    object.answerYesNo = options.enums === $String ? "YES_NO_UNSPECIFIED" : 0;
                    object.note = "";
                    object.reasonUnfilled = null;
                    object.reasonRetry = null;
                    object.offeredCosts = null;
                    object.retryAfter = "";
                    object.retryBefore = "";
                }
                if (message.reasonForMessage != null && $Object.hasOwnProperty.call(message, "reasonForMessage"))
                    object.reasonForMessage = options.enums === $String ? $root.ilr.v1.ReasonForMessage[message.reasonForMessage] === $undefined ? message.reasonForMessage : $root.ilr.v1.ReasonForMessage[message.reasonForMessage] : message.reasonForMessage;
                if (message.answerYesNo != null && $Object.hasOwnProperty.call(message, "answerYesNo"))
                    object.answerYesNo = options.enums === $String ? $root.ilr.v1.YesNo[message.answerYesNo] === $undefined ? message.answerYesNo : $root.ilr.v1.YesNo[message.answerYesNo] : message.answerYesNo;
                if (message.note != null && $Object.hasOwnProperty.call(message, "note"))
                    object.note = message.note;
                if (message.reasonUnfilled != null && $Object.hasOwnProperty.call(message, "reasonUnfilled"))
                    object.reasonUnfilled = $root.ilr.v1.SchemeValue.toObject(message.reasonUnfilled, options, _depth + 1);
                if (message.reasonRetry != null && $Object.hasOwnProperty.call(message, "reasonRetry"))
                    object.reasonRetry = $root.ilr.v1.SchemeValue.toObject(message.reasonRetry, options, _depth + 1);
                if (message.offeredCosts != null && $Object.hasOwnProperty.call(message, "offeredCosts"))
                    object.offeredCosts = $root.ilr.v1.Costs.toObject(message.offeredCosts, options, _depth + 1);
                if (message.retryAfter != null && $Object.hasOwnProperty.call(message, "retryAfter"))
                    object.retryAfter = message.retryAfter;
                if (message.retryBefore != null && $Object.hasOwnProperty.call(message, "retryBefore"))
                    object.retryBefore = message.retryBefore;
                return object;
            };

            /**
             * Converts this MessageInfo to JSON.
             * @function toJSON
             * @memberof ilr.v1.MessageInfo
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            MessageInfo.prototype.toJSON = function() {
                return MessageInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            return MessageInfo;
        })();

        v1.StatusInfo = (function() {

            /**
             * Properties of a StatusInfo.
             * @typedef {Object} ilr.v1.StatusInfo.$Properties
             * @property {ilr.v1.Status|null} [status] StatusInfo status
             * @property {string|null} [expectedDeliveryDate] StatusInfo expectedDeliveryDate
             * @property {string|null} [dueDate] StatusInfo dueDate
             * @property {string|null} [lastChange] StatusInfo lastChange
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StatusInfo.
             * @memberof ilr.v1
             * @interface IStatusInfo
             * @augments ilr.v1.StatusInfo.$Properties
             * @deprecated Use ilr.v1.StatusInfo.$Properties instead.
             */

            /**
             * Shape of a StatusInfo.
             * @typedef {ilr.v1.StatusInfo.$Properties} ilr.v1.StatusInfo.$Shape
             */

            /**
             * Constructs a new StatusInfo.
             * @memberof ilr.v1
             * @classdesc Represents a StatusInfo.
             * @constructor
             * @param {ilr.v1.StatusInfo.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const StatusInfo = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * StatusInfo status.
             * @member {ilr.v1.Status} status
             * @memberof ilr.v1.StatusInfo
             * @instance
             */
            StatusInfo.prototype.status = 0;

            /**
             * StatusInfo expectedDeliveryDate.
             * @member {string} expectedDeliveryDate
             * @memberof ilr.v1.StatusInfo
             * @instance
             */
            StatusInfo.prototype.expectedDeliveryDate = "";

            /**
             * StatusInfo dueDate.
             * @member {string} dueDate
             * @memberof ilr.v1.StatusInfo
             * @instance
             */
            StatusInfo.prototype.dueDate = "";

            /**
             * StatusInfo lastChange.
             * @member {string} lastChange
             * @memberof ilr.v1.StatusInfo
             * @instance
             */
            StatusInfo.prototype.lastChange = "";

            /**
             * Creates a new StatusInfo instance using the specified properties.
             * @function create
             * @memberof ilr.v1.StatusInfo
             * @static
             * @param {ilr.v1.StatusInfo.$Properties=} [properties] Properties to set
             * @returns {ilr.v1.StatusInfo} StatusInfo instance
             * @type {{
             *   (properties: ilr.v1.StatusInfo.$Shape): ilr.v1.StatusInfo & ilr.v1.StatusInfo.$Shape;
             *   (properties?: ilr.v1.StatusInfo.$Properties): ilr.v1.StatusInfo;
             * }}
             */
            StatusInfo.create = function(properties) {
                return new StatusInfo(properties);
            };

            /**
             * Encodes the specified StatusInfo message. Does not implicitly {@link ilr.v1.StatusInfo.verify|verify} messages.
             * @function encode
             * @memberof ilr.v1.StatusInfo
             * @static
             * @param {ilr.v1.StatusInfo.$Properties} message StatusInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StatusInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.status);
                if (message.expectedDeliveryDate != null && $Object.hasOwnProperty.call(message, "expectedDeliveryDate") && message.expectedDeliveryDate !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.expectedDeliveryDate);
                if (message.dueDate != null && $Object.hasOwnProperty.call(message, "dueDate") && message.dueDate !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.dueDate);
                if (message.lastChange != null && $Object.hasOwnProperty.call(message, "lastChange") && message.lastChange !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.lastChange);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a StatusInfo message from the specified reader or buffer.
             * @function decode
             * @memberof ilr.v1.StatusInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ilr.v1.StatusInfo & ilr.v1.StatusInfo.$Shape} StatusInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StatusInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ilr.v1.StatusInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.status = value;
                            else
                                delete message.status;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.expectedDeliveryDate = value;
                            else
                                delete message.expectedDeliveryDate;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.dueDate = value;
                            else
                                delete message.dueDate;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.lastChange = value;
                            else
                                delete message.lastChange;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a StatusInfo message.
             * @function verify
             * @memberof ilr.v1.StatusInfo
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            StatusInfo.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    if (typeof message.status !== "number" || (message.status | 0) !== message.status)
                        return "status: enum value expected";
                if (message.expectedDeliveryDate != null && $Object.hasOwnProperty.call(message, "expectedDeliveryDate"))
                    if (!$util.isString(message.expectedDeliveryDate))
                        return "expectedDeliveryDate: string expected";
                if (message.dueDate != null && $Object.hasOwnProperty.call(message, "dueDate"))
                    if (!$util.isString(message.dueDate))
                        return "dueDate: string expected";
                if (message.lastChange != null && $Object.hasOwnProperty.call(message, "lastChange"))
                    if (!$util.isString(message.lastChange))
                        return "lastChange: string expected";
                return null;
            };

            /**
             * Creates a StatusInfo message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ilr.v1.StatusInfo
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ilr.v1.StatusInfo} StatusInfo
             */
            StatusInfo.fromObject = function (object, _depth) {
                if (object instanceof $root.ilr.v1.StatusInfo)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ilr.v1.StatusInfo: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ilr.v1.StatusInfo();
                if (object.status !== 0 && (typeof object.status !== "string" || $root.ilr.v1.Status[object.status] !== 0))
                    switch (object.status) {
                    case "STATUS_UNSPECIFIED":
                    case 0:
                        message.status = 0;
                        break;
                    case "STATUS_REQUEST_RECEIVED":
                    case 1:
                        message.status = 1;
                        break;
                    case "STATUS_EXPECT_TO_SUPPLY":
                    case 2:
                        message.status = 2;
                        break;
                    case "STATUS_WILL_SUPPLY":
                    case 3:
                        message.status = 3;
                        break;
                    case "STATUS_LOANED":
                    case 4:
                        message.status = 4;
                        break;
                    case "STATUS_OVERDUE":
                    case 5:
                        message.status = 5;
                        break;
                    case "STATUS_RECALLED":
                    case 6:
                        message.status = 6;
                        break;
                    case "STATUS_RETRY_POSSIBLE":
                    case 7:
                        message.status = 7;
                        break;
                    case "STATUS_UNFILLED":
                    case 8:
                        message.status = 8;
                        break;
                    case "STATUS_COPY_COMPLETED":
                    case 9:
                        message.status = 9;
                        break;
                    case "STATUS_LOAN_COMPLETED":
                    case 10:
                        message.status = 10;
                        break;
                    case "STATUS_COMPLETED_WITHOUT_RETURN":
                    case 11:
                        message.status = 11;
                        break;
                    case "STATUS_CANCELLED":
                    case 12:
                        message.status = 12;
                        break;
                    default:
                        if (typeof object.status === "number" && (object.status | 0) === object.status)
                            message.status = object.status;
                    }
                if (object.expectedDeliveryDate != null)
                    if (typeof object.expectedDeliveryDate !== "string" || object.expectedDeliveryDate.length)
                        message.expectedDeliveryDate = $String(object.expectedDeliveryDate);
                if (object.dueDate != null)
                    if (typeof object.dueDate !== "string" || object.dueDate.length)
                        message.dueDate = $String(object.dueDate);
                if (object.lastChange != null)
                    if (typeof object.lastChange !== "string" || object.lastChange.length)
                        message.lastChange = $String(object.lastChange);
                return message;
            };

            /**
             * Creates a plain object from a StatusInfo message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ilr.v1.StatusInfo
             * @static
             * @param {ilr.v1.StatusInfo} message StatusInfo
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            StatusInfo.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.status = options.enums === $String ? "STATUS_UNSPECIFIED" : 0;
                    object.expectedDeliveryDate = "";
                    object.dueDate = "";
                    object.lastChange = "";
                }
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    object.status = options.enums === $String ? $root.ilr.v1.Status[message.status] === $undefined ? message.status : $root.ilr.v1.Status[message.status] : message.status;
                if (message.expectedDeliveryDate != null && $Object.hasOwnProperty.call(message, "expectedDeliveryDate"))
                    object.expectedDeliveryDate = message.expectedDeliveryDate;
                if (message.dueDate != null && $Object.hasOwnProperty.call(message, "dueDate"))
                    object.dueDate = message.dueDate;
                if (message.lastChange != null && $Object.hasOwnProperty.call(message, "lastChange"))
                    object.lastChange = message.lastChange;
                return object;
            };

            /**
             * Converts this StatusInfo to JSON.
             * @function toJSON
             * @memberof ilr.v1.StatusInfo
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            StatusInfo.prototype.toJSON = function() {
                return StatusInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            return StatusInfo;
        })();

        v1.DeliveryInfo = (function() {

            /**
             * Properties of a DeliveryInfo.
             * @typedef {Object} ilr.v1.DeliveryInfo.$Properties
             * @property {string|null} [dateSent] DeliveryInfo dateSent
             * @property {string|null} [itemId] DeliveryInfo itemId
             * @property {ilr.v1.SchemeValue.$Properties|null} [sentVia] DeliveryInfo sentVia
             * @property {boolean|null} [sentToPatron] DeliveryInfo sentToPatron
             * @property {ilr.v1.SchemeValue.$Properties|null} [loanCondition] DeliveryInfo loanCondition
             * @property {ilr.v1.SchemeValue.$Properties|null} [deliveredFormat] DeliveryInfo deliveredFormat
             * @property {ilr.v1.Costs.$Properties|null} [deliveryCosts] DeliveryInfo deliveryCosts
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DeliveryInfo.
             * @memberof ilr.v1
             * @interface IDeliveryInfo
             * @augments ilr.v1.DeliveryInfo.$Properties
             * @deprecated Use ilr.v1.DeliveryInfo.$Properties instead.
             */

            /**
             * Shape of a DeliveryInfo.
             * @typedef {ilr.v1.DeliveryInfo.$Properties} ilr.v1.DeliveryInfo.$Shape
             */

            /**
             * Constructs a new DeliveryInfo.
             * @memberof ilr.v1
             * @classdesc Represents a DeliveryInfo.
             * @constructor
             * @param {ilr.v1.DeliveryInfo.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DeliveryInfo = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DeliveryInfo dateSent.
             * @member {string} dateSent
             * @memberof ilr.v1.DeliveryInfo
             * @instance
             */
            DeliveryInfo.prototype.dateSent = "";

            /**
             * DeliveryInfo itemId.
             * @member {string} itemId
             * @memberof ilr.v1.DeliveryInfo
             * @instance
             */
            DeliveryInfo.prototype.itemId = "";

            /**
             * DeliveryInfo sentVia.
             * @member {ilr.v1.SchemeValue.$Properties|null|undefined} sentVia
             * @memberof ilr.v1.DeliveryInfo
             * @instance
             */
            DeliveryInfo.prototype.sentVia = null;

            /**
             * DeliveryInfo sentToPatron.
             * @member {boolean} sentToPatron
             * @memberof ilr.v1.DeliveryInfo
             * @instance
             */
            DeliveryInfo.prototype.sentToPatron = false;

            /**
             * DeliveryInfo loanCondition.
             * @member {ilr.v1.SchemeValue.$Properties|null|undefined} loanCondition
             * @memberof ilr.v1.DeliveryInfo
             * @instance
             */
            DeliveryInfo.prototype.loanCondition = null;

            /**
             * DeliveryInfo deliveredFormat.
             * @member {ilr.v1.SchemeValue.$Properties|null|undefined} deliveredFormat
             * @memberof ilr.v1.DeliveryInfo
             * @instance
             */
            DeliveryInfo.prototype.deliveredFormat = null;

            /**
             * DeliveryInfo deliveryCosts.
             * @member {ilr.v1.Costs.$Properties|null|undefined} deliveryCosts
             * @memberof ilr.v1.DeliveryInfo
             * @instance
             */
            DeliveryInfo.prototype.deliveryCosts = null;

            /**
             * Creates a new DeliveryInfo instance using the specified properties.
             * @function create
             * @memberof ilr.v1.DeliveryInfo
             * @static
             * @param {ilr.v1.DeliveryInfo.$Properties=} [properties] Properties to set
             * @returns {ilr.v1.DeliveryInfo} DeliveryInfo instance
             * @type {{
             *   (properties: ilr.v1.DeliveryInfo.$Shape): ilr.v1.DeliveryInfo & ilr.v1.DeliveryInfo.$Shape;
             *   (properties?: ilr.v1.DeliveryInfo.$Properties): ilr.v1.DeliveryInfo;
             * }}
             */
            DeliveryInfo.create = function(properties) {
                return new DeliveryInfo(properties);
            };

            /**
             * Encodes the specified DeliveryInfo message. Does not implicitly {@link ilr.v1.DeliveryInfo.verify|verify} messages.
             * @function encode
             * @memberof ilr.v1.DeliveryInfo
             * @static
             * @param {ilr.v1.DeliveryInfo.$Properties} message DeliveryInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeliveryInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.dateSent != null && $Object.hasOwnProperty.call(message, "dateSent") && message.dateSent !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.dateSent);
                if (message.itemId != null && $Object.hasOwnProperty.call(message, "itemId") && message.itemId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.itemId);
                if (message.sentVia != null && $Object.hasOwnProperty.call(message, "sentVia"))
                    $root.ilr.v1.SchemeValue.encode(message.sentVia, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.sentToPatron != null && $Object.hasOwnProperty.call(message, "sentToPatron") && message.sentToPatron !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.sentToPatron);
                if (message.loanCondition != null && $Object.hasOwnProperty.call(message, "loanCondition"))
                    $root.ilr.v1.SchemeValue.encode(message.loanCondition, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.deliveredFormat != null && $Object.hasOwnProperty.call(message, "deliveredFormat"))
                    $root.ilr.v1.SchemeValue.encode(message.deliveredFormat, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.deliveryCosts != null && $Object.hasOwnProperty.call(message, "deliveryCosts"))
                    $root.ilr.v1.Costs.encode(message.deliveryCosts, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DeliveryInfo message from the specified reader or buffer.
             * @function decode
             * @memberof ilr.v1.DeliveryInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ilr.v1.DeliveryInfo & ilr.v1.DeliveryInfo.$Shape} DeliveryInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeliveryInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ilr.v1.DeliveryInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.dateSent = value;
                            else
                                delete message.dateSent;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.itemId = value;
                            else
                                delete message.itemId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.sentVia = $root.ilr.v1.SchemeValue.decode(reader, reader.size(), $undefined, _depth + 1, message.sentVia);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.sentToPatron = value;
                            else
                                delete message.sentToPatron;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.loanCondition = $root.ilr.v1.SchemeValue.decode(reader, reader.size(), $undefined, _depth + 1, message.loanCondition);
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.deliveredFormat = $root.ilr.v1.SchemeValue.decode(reader, reader.size(), $undefined, _depth + 1, message.deliveredFormat);
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.deliveryCosts = $root.ilr.v1.Costs.decode(reader, reader.size(), $undefined, _depth + 1, message.deliveryCosts);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a DeliveryInfo message.
             * @function verify
             * @memberof ilr.v1.DeliveryInfo
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DeliveryInfo.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.dateSent != null && $Object.hasOwnProperty.call(message, "dateSent"))
                    if (!$util.isString(message.dateSent))
                        return "dateSent: string expected";
                if (message.itemId != null && $Object.hasOwnProperty.call(message, "itemId"))
                    if (!$util.isString(message.itemId))
                        return "itemId: string expected";
                if (message.sentVia != null && $Object.hasOwnProperty.call(message, "sentVia")) {
                    let error = $root.ilr.v1.SchemeValue.verify(message.sentVia, _depth + 1);
                    if (error)
                        return "sentVia." + error;
                }
                if (message.sentToPatron != null && $Object.hasOwnProperty.call(message, "sentToPatron"))
                    if (typeof message.sentToPatron !== "boolean")
                        return "sentToPatron: boolean expected";
                if (message.loanCondition != null && $Object.hasOwnProperty.call(message, "loanCondition")) {
                    let error = $root.ilr.v1.SchemeValue.verify(message.loanCondition, _depth + 1);
                    if (error)
                        return "loanCondition." + error;
                }
                if (message.deliveredFormat != null && $Object.hasOwnProperty.call(message, "deliveredFormat")) {
                    let error = $root.ilr.v1.SchemeValue.verify(message.deliveredFormat, _depth + 1);
                    if (error)
                        return "deliveredFormat." + error;
                }
                if (message.deliveryCosts != null && $Object.hasOwnProperty.call(message, "deliveryCosts")) {
                    let error = $root.ilr.v1.Costs.verify(message.deliveryCosts, _depth + 1);
                    if (error)
                        return "deliveryCosts." + error;
                }
                return null;
            };

            /**
             * Creates a DeliveryInfo message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ilr.v1.DeliveryInfo
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ilr.v1.DeliveryInfo} DeliveryInfo
             */
            DeliveryInfo.fromObject = function (object, _depth) {
                if (object instanceof $root.ilr.v1.DeliveryInfo)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ilr.v1.DeliveryInfo: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ilr.v1.DeliveryInfo();
                if (object.dateSent != null)
                    if (typeof object.dateSent !== "string" || object.dateSent.length)
                        message.dateSent = $String(object.dateSent);
                if (object.itemId != null)
                    if (typeof object.itemId !== "string" || object.itemId.length)
                        message.itemId = $String(object.itemId);
                if (object.sentVia != null) {
                    if (!$util.isObject(object.sentVia))
                        throw $TypeError(".ilr.v1.DeliveryInfo.sentVia: object expected");
                    message.sentVia = $root.ilr.v1.SchemeValue.fromObject(object.sentVia, _depth + 1);
                }
                if (object.sentToPatron != null)
                    if (object.sentToPatron)
                        message.sentToPatron = $Boolean(object.sentToPatron);
                if (object.loanCondition != null) {
                    if (!$util.isObject(object.loanCondition))
                        throw $TypeError(".ilr.v1.DeliveryInfo.loanCondition: object expected");
                    message.loanCondition = $root.ilr.v1.SchemeValue.fromObject(object.loanCondition, _depth + 1);
                }
                if (object.deliveredFormat != null) {
                    if (!$util.isObject(object.deliveredFormat))
                        throw $TypeError(".ilr.v1.DeliveryInfo.deliveredFormat: object expected");
                    message.deliveredFormat = $root.ilr.v1.SchemeValue.fromObject(object.deliveredFormat, _depth + 1);
                }
                if (object.deliveryCosts != null) {
                    if (!$util.isObject(object.deliveryCosts))
                        throw $TypeError(".ilr.v1.DeliveryInfo.deliveryCosts: object expected");
                    message.deliveryCosts = $root.ilr.v1.Costs.fromObject(object.deliveryCosts, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a DeliveryInfo message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ilr.v1.DeliveryInfo
             * @static
             * @param {ilr.v1.DeliveryInfo} message DeliveryInfo
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DeliveryInfo.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.dateSent = "";
                    object.itemId = "";
                    object.sentVia = null;
                    object.sentToPatron = false;
                    object.loanCondition = null;
                    object.deliveredFormat = null;
                    object.deliveryCosts = null;
                }
                if (message.dateSent != null && $Object.hasOwnProperty.call(message, "dateSent"))
                    object.dateSent = message.dateSent;
                if (message.itemId != null && $Object.hasOwnProperty.call(message, "itemId"))
                    object.itemId = message.itemId;
                if (message.sentVia != null && $Object.hasOwnProperty.call(message, "sentVia"))
                    object.sentVia = $root.ilr.v1.SchemeValue.toObject(message.sentVia, options, _depth + 1);
                if (message.sentToPatron != null && $Object.hasOwnProperty.call(message, "sentToPatron"))
                    object.sentToPatron = message.sentToPatron;
                if (message.loanCondition != null && $Object.hasOwnProperty.call(message, "loanCondition"))
                    object.loanCondition = $root.ilr.v1.SchemeValue.toObject(message.loanCondition, options, _depth + 1);
                if (message.deliveredFormat != null && $Object.hasOwnProperty.call(message, "deliveredFormat"))
                    object.deliveredFormat = $root.ilr.v1.SchemeValue.toObject(message.deliveredFormat, options, _depth + 1);
                if (message.deliveryCosts != null && $Object.hasOwnProperty.call(message, "deliveryCosts"))
                    object.deliveryCosts = $root.ilr.v1.Costs.toObject(message.deliveryCosts, options, _depth + 1);
                return object;
            };

            /**
             * Converts this DeliveryInfo to JSON.
             * @function toJSON
             * @memberof ilr.v1.DeliveryInfo
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DeliveryInfo.prototype.toJSON = function() {
                return DeliveryInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            return DeliveryInfo;
        })();

        v1.PhysicalAddress = (function() {

            /**
             * Properties of a PhysicalAddress.
             * @typedef {Object} ilr.v1.PhysicalAddress.$Properties
             * @property {string|null} [line1] PhysicalAddress line1
             * @property {string|null} [line2] PhysicalAddress line2
             * @property {string|null} [locality] PhysicalAddress locality
             * @property {string|null} [postalCode] PhysicalAddress postalCode
             * @property {ilr.v1.SchemeValue.$Properties|null} [region] PhysicalAddress region
             * @property {ilr.v1.SchemeValue.$Properties|null} [country] PhysicalAddress country
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PhysicalAddress.
             * @memberof ilr.v1
             * @interface IPhysicalAddress
             * @augments ilr.v1.PhysicalAddress.$Properties
             * @deprecated Use ilr.v1.PhysicalAddress.$Properties instead.
             */

            /**
             * Shape of a PhysicalAddress.
             * @typedef {ilr.v1.PhysicalAddress.$Properties} ilr.v1.PhysicalAddress.$Shape
             */

            /**
             * Constructs a new PhysicalAddress.
             * @memberof ilr.v1
             * @classdesc Represents a PhysicalAddress.
             * @constructor
             * @param {ilr.v1.PhysicalAddress.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PhysicalAddress = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PhysicalAddress line1.
             * @member {string} line1
             * @memberof ilr.v1.PhysicalAddress
             * @instance
             */
            PhysicalAddress.prototype.line1 = "";

            /**
             * PhysicalAddress line2.
             * @member {string} line2
             * @memberof ilr.v1.PhysicalAddress
             * @instance
             */
            PhysicalAddress.prototype.line2 = "";

            /**
             * PhysicalAddress locality.
             * @member {string} locality
             * @memberof ilr.v1.PhysicalAddress
             * @instance
             */
            PhysicalAddress.prototype.locality = "";

            /**
             * PhysicalAddress postalCode.
             * @member {string} postalCode
             * @memberof ilr.v1.PhysicalAddress
             * @instance
             */
            PhysicalAddress.prototype.postalCode = "";

            /**
             * PhysicalAddress region.
             * @member {ilr.v1.SchemeValue.$Properties|null|undefined} region
             * @memberof ilr.v1.PhysicalAddress
             * @instance
             */
            PhysicalAddress.prototype.region = null;

            /**
             * PhysicalAddress country.
             * @member {ilr.v1.SchemeValue.$Properties|null|undefined} country
             * @memberof ilr.v1.PhysicalAddress
             * @instance
             */
            PhysicalAddress.prototype.country = null;

            /**
             * Creates a new PhysicalAddress instance using the specified properties.
             * @function create
             * @memberof ilr.v1.PhysicalAddress
             * @static
             * @param {ilr.v1.PhysicalAddress.$Properties=} [properties] Properties to set
             * @returns {ilr.v1.PhysicalAddress} PhysicalAddress instance
             * @type {{
             *   (properties: ilr.v1.PhysicalAddress.$Shape): ilr.v1.PhysicalAddress & ilr.v1.PhysicalAddress.$Shape;
             *   (properties?: ilr.v1.PhysicalAddress.$Properties): ilr.v1.PhysicalAddress;
             * }}
             */
            PhysicalAddress.create = function(properties) {
                return new PhysicalAddress(properties);
            };

            /**
             * Encodes the specified PhysicalAddress message. Does not implicitly {@link ilr.v1.PhysicalAddress.verify|verify} messages.
             * @function encode
             * @memberof ilr.v1.PhysicalAddress
             * @static
             * @param {ilr.v1.PhysicalAddress.$Properties} message PhysicalAddress message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PhysicalAddress.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.line1 != null && $Object.hasOwnProperty.call(message, "line1") && message.line1 !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.line1);
                if (message.line2 != null && $Object.hasOwnProperty.call(message, "line2") && message.line2 !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.line2);
                if (message.locality != null && $Object.hasOwnProperty.call(message, "locality") && message.locality !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.locality);
                if (message.postalCode != null && $Object.hasOwnProperty.call(message, "postalCode") && message.postalCode !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.postalCode);
                if (message.region != null && $Object.hasOwnProperty.call(message, "region"))
                    $root.ilr.v1.SchemeValue.encode(message.region, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.country != null && $Object.hasOwnProperty.call(message, "country"))
                    $root.ilr.v1.SchemeValue.encode(message.country, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PhysicalAddress message from the specified reader or buffer.
             * @function decode
             * @memberof ilr.v1.PhysicalAddress
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ilr.v1.PhysicalAddress & ilr.v1.PhysicalAddress.$Shape} PhysicalAddress
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PhysicalAddress.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ilr.v1.PhysicalAddress();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.line1 = value;
                            else
                                delete message.line1;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.line2 = value;
                            else
                                delete message.line2;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.locality = value;
                            else
                                delete message.locality;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.postalCode = value;
                            else
                                delete message.postalCode;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.region = $root.ilr.v1.SchemeValue.decode(reader, reader.size(), $undefined, _depth + 1, message.region);
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.country = $root.ilr.v1.SchemeValue.decode(reader, reader.size(), $undefined, _depth + 1, message.country);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a PhysicalAddress message.
             * @function verify
             * @memberof ilr.v1.PhysicalAddress
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PhysicalAddress.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.line1 != null && $Object.hasOwnProperty.call(message, "line1"))
                    if (!$util.isString(message.line1))
                        return "line1: string expected";
                if (message.line2 != null && $Object.hasOwnProperty.call(message, "line2"))
                    if (!$util.isString(message.line2))
                        return "line2: string expected";
                if (message.locality != null && $Object.hasOwnProperty.call(message, "locality"))
                    if (!$util.isString(message.locality))
                        return "locality: string expected";
                if (message.postalCode != null && $Object.hasOwnProperty.call(message, "postalCode"))
                    if (!$util.isString(message.postalCode))
                        return "postalCode: string expected";
                if (message.region != null && $Object.hasOwnProperty.call(message, "region")) {
                    let error = $root.ilr.v1.SchemeValue.verify(message.region, _depth + 1);
                    if (error)
                        return "region." + error;
                }
                if (message.country != null && $Object.hasOwnProperty.call(message, "country")) {
                    let error = $root.ilr.v1.SchemeValue.verify(message.country, _depth + 1);
                    if (error)
                        return "country." + error;
                }
                return null;
            };

            /**
             * Creates a PhysicalAddress message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ilr.v1.PhysicalAddress
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ilr.v1.PhysicalAddress} PhysicalAddress
             */
            PhysicalAddress.fromObject = function (object, _depth) {
                if (object instanceof $root.ilr.v1.PhysicalAddress)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ilr.v1.PhysicalAddress: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ilr.v1.PhysicalAddress();
                if (object.line1 != null)
                    if (typeof object.line1 !== "string" || object.line1.length)
                        message.line1 = $String(object.line1);
                if (object.line2 != null)
                    if (typeof object.line2 !== "string" || object.line2.length)
                        message.line2 = $String(object.line2);
                if (object.locality != null)
                    if (typeof object.locality !== "string" || object.locality.length)
                        message.locality = $String(object.locality);
                if (object.postalCode != null)
                    if (typeof object.postalCode !== "string" || object.postalCode.length)
                        message.postalCode = $String(object.postalCode);
                if (object.region != null) {
                    if (!$util.isObject(object.region))
                        throw $TypeError(".ilr.v1.PhysicalAddress.region: object expected");
                    message.region = $root.ilr.v1.SchemeValue.fromObject(object.region, _depth + 1);
                }
                if (object.country != null) {
                    if (!$util.isObject(object.country))
                        throw $TypeError(".ilr.v1.PhysicalAddress.country: object expected");
                    message.country = $root.ilr.v1.SchemeValue.fromObject(object.country, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a PhysicalAddress message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ilr.v1.PhysicalAddress
             * @static
             * @param {ilr.v1.PhysicalAddress} message PhysicalAddress
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PhysicalAddress.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.line1 = "";
                    object.line2 = "";
                    object.locality = "";
                    object.postalCode = "";
                    object.region = null;
                    object.country = null;
                }
                if (message.line1 != null && $Object.hasOwnProperty.call(message, "line1"))
                    object.line1 = message.line1;
                if (message.line2 != null && $Object.hasOwnProperty.call(message, "line2"))
                    object.line2 = message.line2;
                if (message.locality != null && $Object.hasOwnProperty.call(message, "locality"))
                    object.locality = message.locality;
                if (message.postalCode != null && $Object.hasOwnProperty.call(message, "postalCode"))
                    object.postalCode = message.postalCode;
                if (message.region != null && $Object.hasOwnProperty.call(message, "region"))
                    object.region = $root.ilr.v1.SchemeValue.toObject(message.region, options, _depth + 1);
                if (message.country != null && $Object.hasOwnProperty.call(message, "country"))
                    object.country = $root.ilr.v1.SchemeValue.toObject(message.country, options, _depth + 1);
                return object;
            };

            /**
             * Converts this PhysicalAddress to JSON.
             * @function toJSON
             * @memberof ilr.v1.PhysicalAddress
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PhysicalAddress.prototype.toJSON = function() {
                return PhysicalAddress.toObject(this, $protobuf.util.toJSONOptions);
            };

            return PhysicalAddress;
        })();

        v1.ReturnInfo = (function() {

            /**
             * Properties of a ReturnInfo.
             * @typedef {Object} ilr.v1.ReturnInfo.$Properties
             * @property {ilr.v1.AgencyId.$Properties|null} [returnAgencyId] ReturnInfo returnAgencyId
             * @property {string|null} [name] ReturnInfo name
             * @property {ilr.v1.PhysicalAddress.$Properties|null} [physicalAddress] ReturnInfo physicalAddress
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ReturnInfo.
             * @memberof ilr.v1
             * @interface IReturnInfo
             * @augments ilr.v1.ReturnInfo.$Properties
             * @deprecated Use ilr.v1.ReturnInfo.$Properties instead.
             */

            /**
             * Shape of a ReturnInfo.
             * @typedef {ilr.v1.ReturnInfo.$Properties} ilr.v1.ReturnInfo.$Shape
             */

            /**
             * Constructs a new ReturnInfo.
             * @memberof ilr.v1
             * @classdesc Represents a ReturnInfo.
             * @constructor
             * @param {ilr.v1.ReturnInfo.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ReturnInfo = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ReturnInfo returnAgencyId.
             * @member {ilr.v1.AgencyId.$Properties|null|undefined} returnAgencyId
             * @memberof ilr.v1.ReturnInfo
             * @instance
             */
            ReturnInfo.prototype.returnAgencyId = null;

            /**
             * ReturnInfo name.
             * @member {string} name
             * @memberof ilr.v1.ReturnInfo
             * @instance
             */
            ReturnInfo.prototype.name = "";

            /**
             * ReturnInfo physicalAddress.
             * @member {ilr.v1.PhysicalAddress.$Properties|null|undefined} physicalAddress
             * @memberof ilr.v1.ReturnInfo
             * @instance
             */
            ReturnInfo.prototype.physicalAddress = null;

            /**
             * Creates a new ReturnInfo instance using the specified properties.
             * @function create
             * @memberof ilr.v1.ReturnInfo
             * @static
             * @param {ilr.v1.ReturnInfo.$Properties=} [properties] Properties to set
             * @returns {ilr.v1.ReturnInfo} ReturnInfo instance
             * @type {{
             *   (properties: ilr.v1.ReturnInfo.$Shape): ilr.v1.ReturnInfo & ilr.v1.ReturnInfo.$Shape;
             *   (properties?: ilr.v1.ReturnInfo.$Properties): ilr.v1.ReturnInfo;
             * }}
             */
            ReturnInfo.create = function(properties) {
                return new ReturnInfo(properties);
            };

            /**
             * Encodes the specified ReturnInfo message. Does not implicitly {@link ilr.v1.ReturnInfo.verify|verify} messages.
             * @function encode
             * @memberof ilr.v1.ReturnInfo
             * @static
             * @param {ilr.v1.ReturnInfo.$Properties} message ReturnInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReturnInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.returnAgencyId != null && $Object.hasOwnProperty.call(message, "returnAgencyId"))
                    $root.ilr.v1.AgencyId.encode(message.returnAgencyId, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
                if (message.physicalAddress != null && $Object.hasOwnProperty.call(message, "physicalAddress"))
                    $root.ilr.v1.PhysicalAddress.encode(message.physicalAddress, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ReturnInfo message from the specified reader or buffer.
             * @function decode
             * @memberof ilr.v1.ReturnInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ilr.v1.ReturnInfo & ilr.v1.ReturnInfo.$Shape} ReturnInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReturnInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ilr.v1.ReturnInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.returnAgencyId = $root.ilr.v1.AgencyId.decode(reader, reader.size(), $undefined, _depth + 1, message.returnAgencyId);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.physicalAddress = $root.ilr.v1.PhysicalAddress.decode(reader, reader.size(), $undefined, _depth + 1, message.physicalAddress);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a ReturnInfo message.
             * @function verify
             * @memberof ilr.v1.ReturnInfo
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ReturnInfo.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.returnAgencyId != null && $Object.hasOwnProperty.call(message, "returnAgencyId")) {
                    let error = $root.ilr.v1.AgencyId.verify(message.returnAgencyId, _depth + 1);
                    if (error)
                        return "returnAgencyId." + error;
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.physicalAddress != null && $Object.hasOwnProperty.call(message, "physicalAddress")) {
                    let error = $root.ilr.v1.PhysicalAddress.verify(message.physicalAddress, _depth + 1);
                    if (error)
                        return "physicalAddress." + error;
                }
                return null;
            };

            /**
             * Creates a ReturnInfo message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ilr.v1.ReturnInfo
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ilr.v1.ReturnInfo} ReturnInfo
             */
            ReturnInfo.fromObject = function (object, _depth) {
                if (object instanceof $root.ilr.v1.ReturnInfo)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ilr.v1.ReturnInfo: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ilr.v1.ReturnInfo();
                if (object.returnAgencyId != null) {
                    if (!$util.isObject(object.returnAgencyId))
                        throw $TypeError(".ilr.v1.ReturnInfo.returnAgencyId: object expected");
                    message.returnAgencyId = $root.ilr.v1.AgencyId.fromObject(object.returnAgencyId, _depth + 1);
                }
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.physicalAddress != null) {
                    if (!$util.isObject(object.physicalAddress))
                        throw $TypeError(".ilr.v1.ReturnInfo.physicalAddress: object expected");
                    message.physicalAddress = $root.ilr.v1.PhysicalAddress.fromObject(object.physicalAddress, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a ReturnInfo message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ilr.v1.ReturnInfo
             * @static
             * @param {ilr.v1.ReturnInfo} message ReturnInfo
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ReturnInfo.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.returnAgencyId = null;
                    object.name = "";
                    object.physicalAddress = null;
                }
                if (message.returnAgencyId != null && $Object.hasOwnProperty.call(message, "returnAgencyId"))
                    object.returnAgencyId = $root.ilr.v1.AgencyId.toObject(message.returnAgencyId, options, _depth + 1);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.physicalAddress != null && $Object.hasOwnProperty.call(message, "physicalAddress"))
                    object.physicalAddress = $root.ilr.v1.PhysicalAddress.toObject(message.physicalAddress, options, _depth + 1);
                return object;
            };

            /**
             * Converts this ReturnInfo to JSON.
             * @function toJSON
             * @memberof ilr.v1.ReturnInfo
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ReturnInfo.prototype.toJSON = function() {
                return ReturnInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ReturnInfo;
        })();

        v1.SupplierStatus = (function() {

            /**
             * Properties of a SupplierStatus.
             * @typedef {Object} ilr.v1.SupplierStatus.$Properties
             * @property {ilr.v1.IsoHeader.$Properties|null} [header] SupplierStatus header
             * @property {ilr.v1.MessageInfo.$Properties|null} [messageInfo] SupplierStatus messageInfo
             * @property {ilr.v1.StatusInfo.$Properties|null} [statusInfo] SupplierStatus statusInfo
             * @property {ilr.v1.DeliveryInfo.$Properties|null} [deliveryInfo] SupplierStatus deliveryInfo
             * @property {ilr.v1.ReturnInfo.$Properties|null} [returnInfo] SupplierStatus returnInfo
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SupplierStatus.
             * @memberof ilr.v1
             * @interface ISupplierStatus
             * @augments ilr.v1.SupplierStatus.$Properties
             * @deprecated Use ilr.v1.SupplierStatus.$Properties instead.
             */

            /**
             * Shape of a SupplierStatus.
             * @typedef {ilr.v1.SupplierStatus.$Properties} ilr.v1.SupplierStatus.$Shape
             */

            /**
             * Constructs a new SupplierStatus.
             * @memberof ilr.v1
             * @classdesc Represents a SupplierStatus.
             * @constructor
             * @param {ilr.v1.SupplierStatus.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SupplierStatus = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SupplierStatus header.
             * @member {ilr.v1.IsoHeader.$Properties|null|undefined} header
             * @memberof ilr.v1.SupplierStatus
             * @instance
             */
            SupplierStatus.prototype.header = null;

            /**
             * SupplierStatus messageInfo.
             * @member {ilr.v1.MessageInfo.$Properties|null|undefined} messageInfo
             * @memberof ilr.v1.SupplierStatus
             * @instance
             */
            SupplierStatus.prototype.messageInfo = null;

            /**
             * SupplierStatus statusInfo.
             * @member {ilr.v1.StatusInfo.$Properties|null|undefined} statusInfo
             * @memberof ilr.v1.SupplierStatus
             * @instance
             */
            SupplierStatus.prototype.statusInfo = null;

            /**
             * SupplierStatus deliveryInfo.
             * @member {ilr.v1.DeliveryInfo.$Properties|null|undefined} deliveryInfo
             * @memberof ilr.v1.SupplierStatus
             * @instance
             */
            SupplierStatus.prototype.deliveryInfo = null;

            /**
             * SupplierStatus returnInfo.
             * @member {ilr.v1.ReturnInfo.$Properties|null|undefined} returnInfo
             * @memberof ilr.v1.SupplierStatus
             * @instance
             */
            SupplierStatus.prototype.returnInfo = null;

            /**
             * Creates a new SupplierStatus instance using the specified properties.
             * @function create
             * @memberof ilr.v1.SupplierStatus
             * @static
             * @param {ilr.v1.SupplierStatus.$Properties=} [properties] Properties to set
             * @returns {ilr.v1.SupplierStatus} SupplierStatus instance
             * @type {{
             *   (properties: ilr.v1.SupplierStatus.$Shape): ilr.v1.SupplierStatus & ilr.v1.SupplierStatus.$Shape;
             *   (properties?: ilr.v1.SupplierStatus.$Properties): ilr.v1.SupplierStatus;
             * }}
             */
            SupplierStatus.create = function(properties) {
                return new SupplierStatus(properties);
            };

            /**
             * Encodes the specified SupplierStatus message. Does not implicitly {@link ilr.v1.SupplierStatus.verify|verify} messages.
             * @function encode
             * @memberof ilr.v1.SupplierStatus
             * @static
             * @param {ilr.v1.SupplierStatus.$Properties} message SupplierStatus message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SupplierStatus.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.header != null && $Object.hasOwnProperty.call(message, "header"))
                    $root.ilr.v1.IsoHeader.encode(message.header, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.messageInfo != null && $Object.hasOwnProperty.call(message, "messageInfo"))
                    $root.ilr.v1.MessageInfo.encode(message.messageInfo, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.statusInfo != null && $Object.hasOwnProperty.call(message, "statusInfo"))
                    $root.ilr.v1.StatusInfo.encode(message.statusInfo, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.deliveryInfo != null && $Object.hasOwnProperty.call(message, "deliveryInfo"))
                    $root.ilr.v1.DeliveryInfo.encode(message.deliveryInfo, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.returnInfo != null && $Object.hasOwnProperty.call(message, "returnInfo"))
                    $root.ilr.v1.ReturnInfo.encode(message.returnInfo, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SupplierStatus message from the specified reader or buffer.
             * @function decode
             * @memberof ilr.v1.SupplierStatus
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ilr.v1.SupplierStatus & ilr.v1.SupplierStatus.$Shape} SupplierStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SupplierStatus.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ilr.v1.SupplierStatus();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.header = $root.ilr.v1.IsoHeader.decode(reader, reader.size(), $undefined, _depth + 1, message.header);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.messageInfo = $root.ilr.v1.MessageInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.messageInfo);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.statusInfo = $root.ilr.v1.StatusInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.statusInfo);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.deliveryInfo = $root.ilr.v1.DeliveryInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.deliveryInfo);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.returnInfo = $root.ilr.v1.ReturnInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.returnInfo);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a SupplierStatus message.
             * @function verify
             * @memberof ilr.v1.SupplierStatus
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SupplierStatus.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.header != null && $Object.hasOwnProperty.call(message, "header")) {
                    let error = $root.ilr.v1.IsoHeader.verify(message.header, _depth + 1);
                    if (error)
                        return "header." + error;
                }
                if (message.messageInfo != null && $Object.hasOwnProperty.call(message, "messageInfo")) {
                    let error = $root.ilr.v1.MessageInfo.verify(message.messageInfo, _depth + 1);
                    if (error)
                        return "messageInfo." + error;
                }
                if (message.statusInfo != null && $Object.hasOwnProperty.call(message, "statusInfo")) {
                    let error = $root.ilr.v1.StatusInfo.verify(message.statusInfo, _depth + 1);
                    if (error)
                        return "statusInfo." + error;
                }
                if (message.deliveryInfo != null && $Object.hasOwnProperty.call(message, "deliveryInfo")) {
                    let error = $root.ilr.v1.DeliveryInfo.verify(message.deliveryInfo, _depth + 1);
                    if (error)
                        return "deliveryInfo." + error;
                }
                if (message.returnInfo != null && $Object.hasOwnProperty.call(message, "returnInfo")) {
                    let error = $root.ilr.v1.ReturnInfo.verify(message.returnInfo, _depth + 1);
                    if (error)
                        return "returnInfo." + error;
                }
                return null;
            };

            /**
             * Creates a SupplierStatus message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ilr.v1.SupplierStatus
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ilr.v1.SupplierStatus} SupplierStatus
             */
            SupplierStatus.fromObject = function (object, _depth) {
                if (object instanceof $root.ilr.v1.SupplierStatus)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ilr.v1.SupplierStatus: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ilr.v1.SupplierStatus();
                if (object.header != null) {
                    if (!$util.isObject(object.header))
                        throw $TypeError(".ilr.v1.SupplierStatus.header: object expected");
                    message.header = $root.ilr.v1.IsoHeader.fromObject(object.header, _depth + 1);
                }
                if (object.messageInfo != null) {
                    if (!$util.isObject(object.messageInfo))
                        throw $TypeError(".ilr.v1.SupplierStatus.messageInfo: object expected");
                    message.messageInfo = $root.ilr.v1.MessageInfo.fromObject(object.messageInfo, _depth + 1);
                }
                if (object.statusInfo != null) {
                    if (!$util.isObject(object.statusInfo))
                        throw $TypeError(".ilr.v1.SupplierStatus.statusInfo: object expected");
                    message.statusInfo = $root.ilr.v1.StatusInfo.fromObject(object.statusInfo, _depth + 1);
                }
                if (object.deliveryInfo != null) {
                    if (!$util.isObject(object.deliveryInfo))
                        throw $TypeError(".ilr.v1.SupplierStatus.deliveryInfo: object expected");
                    message.deliveryInfo = $root.ilr.v1.DeliveryInfo.fromObject(object.deliveryInfo, _depth + 1);
                }
                if (object.returnInfo != null) {
                    if (!$util.isObject(object.returnInfo))
                        throw $TypeError(".ilr.v1.SupplierStatus.returnInfo: object expected");
                    message.returnInfo = $root.ilr.v1.ReturnInfo.fromObject(object.returnInfo, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a SupplierStatus message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ilr.v1.SupplierStatus
             * @static
             * @param {ilr.v1.SupplierStatus} message SupplierStatus
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SupplierStatus.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.header = null;
                    object.messageInfo = null;
                    object.statusInfo = null;
                    object.deliveryInfo = null;
                    object.returnInfo = null;
                }
                if (message.header != null && $Object.hasOwnProperty.call(message, "header"))
                    object.header = $root.ilr.v1.IsoHeader.toObject(message.header, options, _depth + 1);
                if (message.messageInfo != null && $Object.hasOwnProperty.call(message, "messageInfo"))
                    object.messageInfo = $root.ilr.v1.MessageInfo.toObject(message.messageInfo, options, _depth + 1);
                if (message.statusInfo != null && $Object.hasOwnProperty.call(message, "statusInfo"))
                    object.statusInfo = $root.ilr.v1.StatusInfo.toObject(message.statusInfo, options, _depth + 1);
                if (message.deliveryInfo != null && $Object.hasOwnProperty.call(message, "deliveryInfo"))
                    object.deliveryInfo = $root.ilr.v1.DeliveryInfo.toObject(message.deliveryInfo, options, _depth + 1);
                if (message.returnInfo != null && $Object.hasOwnProperty.call(message, "returnInfo"))
                    object.returnInfo = $root.ilr.v1.ReturnInfo.toObject(message.returnInfo, options, _depth + 1);
                return object;
            };

            /**
             * Converts this SupplierStatus to JSON.
             * @function toJSON
             * @memberof ilr.v1.SupplierStatus
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SupplierStatus.prototype.toJSON = function() {
                return SupplierStatus.toObject(this, $protobuf.util.toJSONOptions);
            };

            return SupplierStatus;
        })();

        v1.RequesterAction = (function() {

            /**
             * Properties of a RequesterAction.
             * @typedef {Object} ilr.v1.RequesterAction.$Properties
             * @property {ilr.v1.IsoHeader.$Properties|null} [header] RequesterAction header
             * @property {ilr.v1.Action|null} [action] RequesterAction action
             * @property {string|null} [note] RequesterAction note
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RequesterAction.
             * @memberof ilr.v1
             * @interface IRequesterAction
             * @augments ilr.v1.RequesterAction.$Properties
             * @deprecated Use ilr.v1.RequesterAction.$Properties instead.
             */

            /**
             * Shape of a RequesterAction.
             * @typedef {ilr.v1.RequesterAction.$Properties} ilr.v1.RequesterAction.$Shape
             */

            /**
             * Constructs a new RequesterAction.
             * @memberof ilr.v1
             * @classdesc Represents a RequesterAction.
             * @constructor
             * @param {ilr.v1.RequesterAction.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RequesterAction = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RequesterAction header.
             * @member {ilr.v1.IsoHeader.$Properties|null|undefined} header
             * @memberof ilr.v1.RequesterAction
             * @instance
             */
            RequesterAction.prototype.header = null;

            /**
             * RequesterAction action.
             * @member {ilr.v1.Action} action
             * @memberof ilr.v1.RequesterAction
             * @instance
             */
            RequesterAction.prototype.action = 0;

            /**
             * RequesterAction note.
             * @member {string} note
             * @memberof ilr.v1.RequesterAction
             * @instance
             */
            RequesterAction.prototype.note = "";

            /**
             * Creates a new RequesterAction instance using the specified properties.
             * @function create
             * @memberof ilr.v1.RequesterAction
             * @static
             * @param {ilr.v1.RequesterAction.$Properties=} [properties] Properties to set
             * @returns {ilr.v1.RequesterAction} RequesterAction instance
             * @type {{
             *   (properties: ilr.v1.RequesterAction.$Shape): ilr.v1.RequesterAction & ilr.v1.RequesterAction.$Shape;
             *   (properties?: ilr.v1.RequesterAction.$Properties): ilr.v1.RequesterAction;
             * }}
             */
            RequesterAction.create = function(properties) {
                return new RequesterAction(properties);
            };

            /**
             * Encodes the specified RequesterAction message. Does not implicitly {@link ilr.v1.RequesterAction.verify|verify} messages.
             * @function encode
             * @memberof ilr.v1.RequesterAction
             * @static
             * @param {ilr.v1.RequesterAction.$Properties} message RequesterAction message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RequesterAction.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.header != null && $Object.hasOwnProperty.call(message, "header"))
                    $root.ilr.v1.IsoHeader.encode(message.header, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.action != null && $Object.hasOwnProperty.call(message, "action") && message.action !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.action);
                if (message.note != null && $Object.hasOwnProperty.call(message, "note") && message.note !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.note);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RequesterAction message from the specified reader or buffer.
             * @function decode
             * @memberof ilr.v1.RequesterAction
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ilr.v1.RequesterAction & ilr.v1.RequesterAction.$Shape} RequesterAction
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RequesterAction.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ilr.v1.RequesterAction();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.header = $root.ilr.v1.IsoHeader.decode(reader, reader.size(), $undefined, _depth + 1, message.header);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.action = value;
                            else
                                delete message.action;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.note = value;
                            else
                                delete message.note;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a RequesterAction message.
             * @function verify
             * @memberof ilr.v1.RequesterAction
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            RequesterAction.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.header != null && $Object.hasOwnProperty.call(message, "header")) {
                    let error = $root.ilr.v1.IsoHeader.verify(message.header, _depth + 1);
                    if (error)
                        return "header." + error;
                }
                if (message.action != null && $Object.hasOwnProperty.call(message, "action"))
                    if (typeof message.action !== "number" || (message.action | 0) !== message.action)
                        return "action: enum value expected";
                if (message.note != null && $Object.hasOwnProperty.call(message, "note"))
                    if (!$util.isString(message.note))
                        return "note: string expected";
                return null;
            };

            /**
             * Creates a RequesterAction message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ilr.v1.RequesterAction
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ilr.v1.RequesterAction} RequesterAction
             */
            RequesterAction.fromObject = function (object, _depth) {
                if (object instanceof $root.ilr.v1.RequesterAction)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ilr.v1.RequesterAction: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ilr.v1.RequesterAction();
                if (object.header != null) {
                    if (!$util.isObject(object.header))
                        throw $TypeError(".ilr.v1.RequesterAction.header: object expected");
                    message.header = $root.ilr.v1.IsoHeader.fromObject(object.header, _depth + 1);
                }
                if (object.action !== 0 && (typeof object.action !== "string" || $root.ilr.v1.Action[object.action] !== 0))
                    switch (object.action) {
                    case "ACTION_UNSPECIFIED":
                    case 0:
                        message.action = 0;
                        break;
                    case "ACTION_STATUS_REQUEST":
                    case 1:
                        message.action = 1;
                        break;
                    case "ACTION_RECEIVED":
                    case 2:
                        message.action = 2;
                        break;
                    case "ACTION_CANCEL":
                    case 3:
                        message.action = 3;
                        break;
                    case "ACTION_RENEW":
                    case 4:
                        message.action = 4;
                        break;
                    case "ACTION_SHIPPED_RETURN":
                    case 5:
                        message.action = 5;
                        break;
                    case "ACTION_SHIPPED_FORWARD":
                    case 6:
                        message.action = 6;
                        break;
                    case "ACTION_NOTIFICATION":
                    case 7:
                        message.action = 7;
                        break;
                    default:
                        if (typeof object.action === "number" && (object.action | 0) === object.action)
                            message.action = object.action;
                    }
                if (object.note != null)
                    if (typeof object.note !== "string" || object.note.length)
                        message.note = $String(object.note);
                return message;
            };

            /**
             * Creates a plain object from a RequesterAction message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ilr.v1.RequesterAction
             * @static
             * @param {ilr.v1.RequesterAction} message RequesterAction
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RequesterAction.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.header = null;
                    object.action = options.enums === $String ? "ACTION_UNSPECIFIED" : 0;
                    object.note = "";
                }
                if (message.header != null && $Object.hasOwnProperty.call(message, "header"))
                    object.header = $root.ilr.v1.IsoHeader.toObject(message.header, options, _depth + 1);
                if (message.action != null && $Object.hasOwnProperty.call(message, "action"))
                    object.action = options.enums === $String ? $root.ilr.v1.Action[message.action] === $undefined ? message.action : $root.ilr.v1.Action[message.action] : message.action;
                if (message.note != null && $Object.hasOwnProperty.call(message, "note"))
                    object.note = message.note;
                return object;
            };

            /**
             * Converts this RequesterAction to JSON.
             * @function toJSON
             * @memberof ilr.v1.RequesterAction
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RequesterAction.prototype.toJSON = function() {
                return RequesterAction.toObject(this, $protobuf.util.toJSONOptions);
            };

            return RequesterAction;
        })();

        v1.DecisionRecord = (function() {

            /**
             * Properties of a DecisionRecord.
             * @typedef {Object} ilr.v1.DecisionRecord.$Properties
             * @property {string|null} [messageId] DecisionRecord messageId
             * @property {ilr.v1.MessageKind|null} [kind] DecisionRecord kind
             * @property {string|null} [sender] DecisionRecord sender
             * @property {string|null} [recipient] DecisionRecord recipient
             * @property {number|null} [decidedAt] DecisionRecord decidedAt
             * @property {ilr.v1.Decision.$Properties|null} [decision] DecisionRecord decision
             * @property {Array.<string>|null} [tokenDigests] DecisionRecord tokenDigests
             * @property {boolean|null} [reviewed] DecisionRecord reviewed
             * @property {string|null} [reviewer] DecisionRecord reviewer
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DecisionRecord.
             * @memberof ilr.v1
             * @interface IDecisionRecord
             * @augments ilr.v1.DecisionRecord.$Properties
             * @deprecated Use ilr.v1.DecisionRecord.$Properties instead.
             */

            /**
             * Shape of a DecisionRecord.
             * @typedef {ilr.v1.DecisionRecord.$Properties} ilr.v1.DecisionRecord.$Shape
             */

            /**
             * Constructs a new DecisionRecord.
             * @memberof ilr.v1
             * @classdesc Represents a DecisionRecord.
             * @constructor
             * @param {ilr.v1.DecisionRecord.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DecisionRecord = function (properties) {
                this.tokenDigests = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DecisionRecord messageId.
             * @member {string} messageId
             * @memberof ilr.v1.DecisionRecord
             * @instance
             */
            DecisionRecord.prototype.messageId = "";

            /**
             * DecisionRecord kind.
             * @member {ilr.v1.MessageKind} kind
             * @memberof ilr.v1.DecisionRecord
             * @instance
             */
            DecisionRecord.prototype.kind = 0;

            /**
             * DecisionRecord sender.
             * @member {string} sender
             * @memberof ilr.v1.DecisionRecord
             * @instance
             */
            DecisionRecord.prototype.sender = "";

            /**
             * DecisionRecord recipient.
             * @member {string} recipient
             * @memberof ilr.v1.DecisionRecord
             * @instance
             */
            DecisionRecord.prototype.recipient = "";

            /**
             * DecisionRecord decidedAt.
             * @member {number} decidedAt
             * @memberof ilr.v1.DecisionRecord
             * @instance
             */
            DecisionRecord.prototype.decidedAt = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * DecisionRecord decision.
             * @member {ilr.v1.Decision.$Properties|null|undefined} decision
             * @memberof ilr.v1.DecisionRecord
             * @instance
             */
            DecisionRecord.prototype.decision = null;

            /**
             * DecisionRecord tokenDigests.
             * @member {Array.<string>} tokenDigests
             * @memberof ilr.v1.DecisionRecord
             * @instance
             */
            DecisionRecord.prototype.tokenDigests = $util.emptyArray;

            /**
             * DecisionRecord reviewed.
             * @member {boolean} reviewed
             * @memberof ilr.v1.DecisionRecord
             * @instance
             */
            DecisionRecord.prototype.reviewed = false;

            /**
             * DecisionRecord reviewer.
             * @member {string} reviewer
             * @memberof ilr.v1.DecisionRecord
             * @instance
             */
            DecisionRecord.prototype.reviewer = "";

            /**
             * Creates a new DecisionRecord instance using the specified properties.
             * @function create
             * @memberof ilr.v1.DecisionRecord
             * @static
             * @param {ilr.v1.DecisionRecord.$Properties=} [properties] Properties to set
             * @returns {ilr.v1.DecisionRecord} DecisionRecord instance
             * @type {{
             *   (properties: ilr.v1.DecisionRecord.$Shape): ilr.v1.DecisionRecord & ilr.v1.DecisionRecord.$Shape;
             *   (properties?: ilr.v1.DecisionRecord.$Properties): ilr.v1.DecisionRecord;
             * }}
             */
            DecisionRecord.create = function(properties) {
                return new DecisionRecord(properties);
            };

            /**
             * Encodes the specified DecisionRecord message. Does not implicitly {@link ilr.v1.DecisionRecord.verify|verify} messages.
             * @function encode
             * @memberof ilr.v1.DecisionRecord
             * @static
             * @param {ilr.v1.DecisionRecord.$Properties} message DecisionRecord message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DecisionRecord.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId") && message.messageId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.messageId);
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.kind);
                if (message.sender != null && $Object.hasOwnProperty.call(message, "sender") && message.sender !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.sender);
                if (message.recipient != null && $Object.hasOwnProperty.call(message, "recipient") && message.recipient !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.recipient);
                if (message.decidedAt != null && $Object.hasOwnProperty.call(message, "decidedAt") && (typeof message.decidedAt === "object" ? message.decidedAt.low || message.decidedAt.high : message.decidedAt !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.decidedAt);
                if (message.decision != null && $Object.hasOwnProperty.call(message, "decision"))
                    $root.ilr.v1.Decision.encode(message.decision, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.tokenDigests != null && message.tokenDigests.length)
                    for (let i = 0; i < message.tokenDigests.length; ++i)
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.tokenDigests[i]);
                if (message.reviewed != null && $Object.hasOwnProperty.call(message, "reviewed") && message.reviewed !== false)
                    writer.uint32(/* id 8, wireType 0 =*/64).bool(message.reviewed);
                if (message.reviewer != null && $Object.hasOwnProperty.call(message, "reviewer") && message.reviewer !== "")
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.reviewer);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DecisionRecord message from the specified reader or buffer.
             * @function decode
             * @memberof ilr.v1.DecisionRecord
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ilr.v1.DecisionRecord & ilr.v1.DecisionRecord.$Shape} DecisionRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DecisionRecord.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ilr.v1.DecisionRecord();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.messageId = value;
                            else
                                delete message.messageId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.sender = value;
                            else
                                delete message.sender;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.recipient = value;
                            else
                                delete message.recipient;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.decidedAt = value;
                            else
                                delete message.decidedAt;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.decision = $root.ilr.v1.Decision.decode(reader, reader.size(), $undefined, _depth + 1, message.decision);
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.tokenDigests && message.tokenDigests.length))
                                message.tokenDigests = [];
                            message.tokenDigests.push(reader.stringVerify());
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.reviewed = value;
                            else
                                delete message.reviewed;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reviewer = value;
                            else
                                delete message.reviewer;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a DecisionRecord message.
             * @function verify
             * @memberof ilr.v1.DecisionRecord
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DecisionRecord.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    if (!$util.isString(message.messageId))
                        return "messageId: string expected";
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    if (typeof message.kind !== "number" || (message.kind | 0) !== message.kind)
                        return "kind: enum value expected";
                if (message.sender != null && $Object.hasOwnProperty.call(message, "sender"))
                    if (!$util.isString(message.sender))
                        return "sender: string expected";
                if (message.recipient != null && $Object.hasOwnProperty.call(message, "recipient"))
                    if (!$util.isString(message.recipient))
                        return "recipient: string expected";
                if (message.decidedAt != null && $Object.hasOwnProperty.call(message, "decidedAt"))
                    if (!$util.isInteger(message.decidedAt) && !(message.decidedAt && $util.isInteger(message.decidedAt.low) && $util.isInteger(message.decidedAt.high)))
                        return "decidedAt: integer|Long expected";
                if (message.decision != null && $Object.hasOwnProperty.call(message, "decision")) {
                    let error = $root.ilr.v1.Decision.verify(message.decision, _depth + 1);
                    if (error)
                        return "decision." + error;
                }
                if (message.tokenDigests != null && $Object.hasOwnProperty.call(message, "tokenDigests")) {
                    if (!$Array.isArray(message.tokenDigests))
                        return "tokenDigests: array expected";
                    for (let i = 0; i < message.tokenDigests.length; ++i)
                        if (!$util.isString(message.tokenDigests[i]))
                            return "tokenDigests: string[] expected";
                }
                if (message.reviewed != null && $Object.hasOwnProperty.call(message, "reviewed"))
                    if (typeof message.reviewed !== "boolean")
                        return "reviewed: boolean expected";
                if (message.reviewer != null && $Object.hasOwnProperty.call(message, "reviewer"))
                    if (!$util.isString(message.reviewer))
                        return "reviewer: string expected";
                return null;
            };

            /**
             * Creates a DecisionRecord message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ilr.v1.DecisionRecord
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ilr.v1.DecisionRecord} DecisionRecord
             */
            DecisionRecord.fromObject = function (object, _depth) {
                if (object instanceof $root.ilr.v1.DecisionRecord)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ilr.v1.DecisionRecord: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ilr.v1.DecisionRecord();
                if (object.messageId != null)
                    if (typeof object.messageId !== "string" || object.messageId.length)
                        message.messageId = $String(object.messageId);
                if (object.kind !== 0 && (typeof object.kind !== "string" || $root.ilr.v1.MessageKind[object.kind] !== 0))
                    switch (object.kind) {
                    case "MESSAGE_KIND_UNSPECIFIED":
                    case 0:
                        message.kind = 0;
                        break;
                    case "MESSAGE_KIND_ITEM_FOUND":
                    case 1:
                        message.kind = 1;
                        break;
                    case "MESSAGE_KIND_RECOVERY_NOTICE":
                    case 2:
                        message.kind = 2;
                        break;
                    case "MESSAGE_KIND_PATRON_INQUIRY":
                    case 3:
                        message.kind = 3;
                        break;
                    case "MESSAGE_KIND_ACCOUNT_INQUIRY":
                    case 4:
                        message.kind = 4;
                        break;
                    case "MESSAGE_KIND_LOAN_REQUEST":
                    case 5:
                        message.kind = 5;
                        break;
                    case "MESSAGE_KIND_SUPPLIER_STATUS":
                    case 6:
                        message.kind = 6;
                        break;
                    case "MESSAGE_KIND_REQUESTER_ACTION":
                    case 7:
                        message.kind = 7;
                        break;
                    case "MESSAGE_KIND_HOLD_PICKUP":
                    case 8:
                        message.kind = 8;
                        break;
                    case "MESSAGE_KIND_LEGAL_PROCESS":
                    case 9:
                        message.kind = 9;
                        break;
                    default:
                        if (typeof object.kind === "number" && (object.kind | 0) === object.kind)
                            message.kind = object.kind;
                    }
                if (object.sender != null)
                    if (typeof object.sender !== "string" || object.sender.length)
                        message.sender = $String(object.sender);
                if (object.recipient != null)
                    if (typeof object.recipient !== "string" || object.recipient.length)
                        message.recipient = $String(object.recipient);
                if (object.decidedAt != null)
                    if (typeof object.decidedAt === "object" ? object.decidedAt.low || object.decidedAt.high : $Number(object.decidedAt) !== 0)
                        if ($util.Long)
                            message.decidedAt = $util.Long.fromValue(object.decidedAt, false);
                        else if (typeof object.decidedAt === "string")
                            message.decidedAt = $parseInt(object.decidedAt, 10);
                        else if (typeof object.decidedAt === "number")
                            message.decidedAt = object.decidedAt;
                        else if (typeof object.decidedAt === "object")
                            message.decidedAt = new $util.LongBits(object.decidedAt.low >>> 0, object.decidedAt.high >>> 0).toNumber();
                if (object.decision != null) {
                    if (!$util.isObject(object.decision))
                        throw $TypeError(".ilr.v1.DecisionRecord.decision: object expected");
                    message.decision = $root.ilr.v1.Decision.fromObject(object.decision, _depth + 1);
                }
                if (object.tokenDigests) {
                    if (!$Array.isArray(object.tokenDigests))
                        throw $TypeError(".ilr.v1.DecisionRecord.tokenDigests: array expected");
                    message.tokenDigests = $Array(object.tokenDigests.length);
                    for (let i = 0; i < object.tokenDigests.length; ++i)
                        message.tokenDigests[i] = $String(object.tokenDigests[i]);
                }
                if (object.reviewed != null)
                    if (object.reviewed)
                        message.reviewed = $Boolean(object.reviewed);
                if (object.reviewer != null)
                    if (typeof object.reviewer !== "string" || object.reviewer.length)
                        message.reviewer = $String(object.reviewer);
                return message;
            };

            /**
             * Creates a plain object from a DecisionRecord message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ilr.v1.DecisionRecord
             * @static
             * @param {ilr.v1.DecisionRecord} message DecisionRecord
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DecisionRecord.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.tokenDigests = [];
                if (options.defaults) {
                    object.messageId = "";
                    object.kind = options.enums === $String ? "MESSAGE_KIND_UNSPECIFIED" : 0;
                    object.sender = "";
                    object.recipient = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.decidedAt = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.decidedAt = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.decision = null;
                    object.reviewed = false;
                    object.reviewer = "";
                }
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    object.messageId = message.messageId;
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    object.kind = options.enums === $String ? $root.ilr.v1.MessageKind[message.kind] === $undefined ? message.kind : $root.ilr.v1.MessageKind[message.kind] : message.kind;
                if (message.sender != null && $Object.hasOwnProperty.call(message, "sender"))
                    object.sender = message.sender;
                if (message.recipient != null && $Object.hasOwnProperty.call(message, "recipient"))
                    object.recipient = message.recipient;
                if (message.decidedAt != null && $Object.hasOwnProperty.call(message, "decidedAt"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.decidedAt = typeof message.decidedAt === "number" ? $BigInt(message.decidedAt) : $util.Long.fromBits(message.decidedAt.low >>> 0, message.decidedAt.high >>> 0, false).toBigInt();
                    else if (typeof message.decidedAt === "number")
                        object.decidedAt = options.longs === $String ? $String(message.decidedAt) : message.decidedAt;
                    else
                        object.decidedAt = options.longs === $String ? $util.Long.prototype.toString.call(message.decidedAt) : options.longs === $Number ? new $util.LongBits(message.decidedAt.low >>> 0, message.decidedAt.high >>> 0).toNumber() : message.decidedAt;
                if (message.decision != null && $Object.hasOwnProperty.call(message, "decision"))
                    object.decision = $root.ilr.v1.Decision.toObject(message.decision, options, _depth + 1);
                if (message.tokenDigests && message.tokenDigests.length) {
                    object.tokenDigests = $Array(message.tokenDigests.length);
                    for (let j = 0; j < message.tokenDigests.length; ++j)
                        object.tokenDigests[j] = message.tokenDigests[j];
                }
                if (message.reviewed != null && $Object.hasOwnProperty.call(message, "reviewed"))
                    object.reviewed = message.reviewed;
                if (message.reviewer != null && $Object.hasOwnProperty.call(message, "reviewer"))
                    object.reviewer = message.reviewer;
                return object;
            };

            /**
             * Converts this DecisionRecord to JSON.
             * @function toJSON
             * @memberof ilr.v1.DecisionRecord
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DecisionRecord.prototype.toJSON = function() {
                return DecisionRecord.toObject(this, $protobuf.util.toJSONOptions);
            };

            return DecisionRecord;
        })();

        return v1;
    })();

    return ilr;
})();

export {
  $root as default
};
