import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace ilr. */
export namespace ilr {

    /** Namespace v1. */
    namespace v1 {

        /**
         * Properties of a ReviewTicket.
         * @deprecated Use ilr.v1.ReviewTicket.$Properties instead.
         */
        interface IReviewTicket extends ilr.v1.ReviewTicket.$Properties {
        }

        /** Represents a ReviewTicket. */
        class ReviewTicket {

            /**
             * Constructs a new ReviewTicket.
             * @param [properties] Properties to set
             */
            constructor(properties?: ilr.v1.ReviewTicket.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ReviewTicket route. */
            route: ilr.v1.ReviewRoute;

            /** ReviewTicket urgent. */
            urgent: boolean;

            /** ReviewTicket gag. */
            gag: boolean;

            /** ReviewTicket notifyConsortium. */
            notifyConsortium: boolean;

            /** ReviewTicket ceiling. */
            ceiling: ilr.v1.DataClass[];

            /**
             * Creates a new ReviewTicket instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ReviewTicket instance
             */
            static create(properties: ilr.v1.ReviewTicket.$Shape): ilr.v1.ReviewTicket & ilr.v1.ReviewTicket.$Shape;
            static create(properties?: ilr.v1.ReviewTicket.$Properties): ilr.v1.ReviewTicket;

            /**
             * Encodes the specified ReviewTicket message. Does not implicitly {@link ilr.v1.ReviewTicket.verify|verify} messages.
             * @param message ReviewTicket message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ilr.v1.ReviewTicket.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ReviewTicket message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ilr.v1.ReviewTicket & ilr.v1.ReviewTicket.$Shape} ReviewTicket
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ilr.v1.ReviewTicket & ilr.v1.ReviewTicket.$Shape;

            /**
             * Verifies a ReviewTicket message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ReviewTicket message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ReviewTicket
             */
            static fromObject(object: { [k: string]: any }): ilr.v1.ReviewTicket;

            /**
             * Creates a plain object from a ReviewTicket message. Also converts values to other types if specified.
             * @param message ReviewTicket
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ilr.v1.ReviewTicket, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ReviewTicket to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace ReviewTicket {

            /** Properties of a ReviewTicket. */
            interface $Properties {

                /** ReviewTicket route */
                route?: (ilr.v1.ReviewRoute|null);

                /** ReviewTicket urgent */
                urgent?: (boolean|null);

                /** ReviewTicket gag */
                gag?: (boolean|null);

                /** ReviewTicket notifyConsortium */
                notifyConsortium?: (boolean|null);

                /** ReviewTicket ceiling */
                ceiling?: (ilr.v1.DataClass[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ReviewTicket. */
            type $Shape = ilr.v1.ReviewTicket.$Properties;
        }

        /**
         * Properties of a Citation.
         * @deprecated Use ilr.v1.Citation.$Properties instead.
         */
        interface ICitation extends ilr.v1.Citation.$Properties {
        }

        /** Represents a Citation. */
        class Citation {

            /**
             * Constructs a new Citation.
             * @param [properties] Properties to set
             */
            constructor(properties?: ilr.v1.Citation.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Citation cite. */
            cite: string;

            /** Citation text. */
            text: string;

            /** Citation status. */
            status: ilr.v1.CitationStatus;

            /**
             * Creates a new Citation instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Citation instance
             */
            static create(properties: ilr.v1.Citation.$Shape): ilr.v1.Citation & ilr.v1.Citation.$Shape;
            static create(properties?: ilr.v1.Citation.$Properties): ilr.v1.Citation;

            /**
             * Encodes the specified Citation message. Does not implicitly {@link ilr.v1.Citation.verify|verify} messages.
             * @param message Citation message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ilr.v1.Citation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Citation message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ilr.v1.Citation & ilr.v1.Citation.$Shape} Citation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ilr.v1.Citation & ilr.v1.Citation.$Shape;

            /**
             * Verifies a Citation message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Citation message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Citation
             */
            static fromObject(object: { [k: string]: any }): ilr.v1.Citation;

            /**
             * Creates a plain object from a Citation message. Also converts values to other types if specified.
             * @param message Citation
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ilr.v1.Citation, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Citation to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Citation {

            /** Properties of a Citation. */
            interface $Properties {

                /** Citation cite */
                cite?: (string|null);

                /** Citation text */
                text?: (string|null);

                /** Citation status */
                status?: (ilr.v1.CitationStatus|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Citation. */
            type $Shape = ilr.v1.Citation.$Properties;
        }

        /**
         * Properties of a PackRef.
         * @deprecated Use ilr.v1.PackRef.$Properties instead.
         */
        interface IPackRef extends ilr.v1.PackRef.$Properties {
        }

        /** Represents a PackRef. */
        class PackRef {

            /**
             * Constructs a new PackRef.
             * @param [properties] Properties to set
             */
            constructor(properties?: ilr.v1.PackRef.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PackRef id. */
            id: string;

            /** PackRef version. */
            version: string;

            /**
             * Creates a new PackRef instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PackRef instance
             */
            static create(properties: ilr.v1.PackRef.$Shape): ilr.v1.PackRef & ilr.v1.PackRef.$Shape;
            static create(properties?: ilr.v1.PackRef.$Properties): ilr.v1.PackRef;

            /**
             * Encodes the specified PackRef message. Does not implicitly {@link ilr.v1.PackRef.verify|verify} messages.
             * @param message PackRef message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ilr.v1.PackRef.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PackRef message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ilr.v1.PackRef & ilr.v1.PackRef.$Shape} PackRef
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ilr.v1.PackRef & ilr.v1.PackRef.$Shape;

            /**
             * Verifies a PackRef message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PackRef message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PackRef
             */
            static fromObject(object: { [k: string]: any }): ilr.v1.PackRef;

            /**
             * Creates a plain object from a PackRef message. Also converts values to other types if specified.
             * @param message PackRef
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ilr.v1.PackRef, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PackRef to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace PackRef {

            /** Properties of a PackRef. */
            interface $Properties {

                /** PackRef id */
                id?: (string|null);

                /** PackRef version */
                version?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PackRef. */
            type $Shape = ilr.v1.PackRef.$Properties;
        }

        /**
         * Properties of a Decision.
         * @deprecated Use ilr.v1.Decision.$Properties instead.
         */
        interface IDecision extends ilr.v1.Decision.$Properties {
        }

        /** Represents a Decision. */
        class Decision {

            /**
             * Constructs a new Decision.
             * @param [properties] Properties to set
             */
            constructor(properties?: ilr.v1.Decision.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Decision outcome. */
            outcome: ilr.v1.Outcome;

            /** Decision disclosed. */
            disclosed: ilr.v1.DataClass[];

            /** Decision referTo. */
            referTo: string;

            /** Decision referToDisclosed. */
            referToDisclosed: boolean;

            /** Decision review. */
            review?: (ilr.v1.ReviewTicket.$Properties|null);

            /** Decision notice. */
            notice: ilr.v1.NoticeDetail;

            /** Decision label. */
            label: string;

            /** Decision basis. */
            basis: ilr.v1.LegalBasis;

            /** Decision rules. */
            rules: string[];

            /** Decision citations. */
            citations: ilr.v1.Citation.$Properties[];

            /** Decision pack. */
            pack?: (ilr.v1.PackRef.$Properties|null);

            /** Decision decidedBy. */
            decidedBy: string;

            /** Decision reasonCode. */
            reasonCode: ilr.v1.ReasonCode;

            /** Decision screened. */
            screened: boolean;

            /**
             * Creates a new Decision instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Decision instance
             */
            static create(properties: ilr.v1.Decision.$Shape): ilr.v1.Decision & ilr.v1.Decision.$Shape;
            static create(properties?: ilr.v1.Decision.$Properties): ilr.v1.Decision;

            /**
             * Encodes the specified Decision message. Does not implicitly {@link ilr.v1.Decision.verify|verify} messages.
             * @param message Decision message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ilr.v1.Decision.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Decision message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ilr.v1.Decision & ilr.v1.Decision.$Shape} Decision
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ilr.v1.Decision & ilr.v1.Decision.$Shape;

            /**
             * Verifies a Decision message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Decision message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Decision
             */
            static fromObject(object: { [k: string]: any }): ilr.v1.Decision;

            /**
             * Creates a plain object from a Decision message. Also converts values to other types if specified.
             * @param message Decision
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ilr.v1.Decision, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Decision to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Decision {

            /** Properties of a Decision. */
            interface $Properties {

                /** Decision outcome */
                outcome?: (ilr.v1.Outcome|null);

                /** Decision disclosed */
                disclosed?: (ilr.v1.DataClass[]|null);

                /** Decision referTo */
                referTo?: (string|null);

                /** Decision referToDisclosed */
                referToDisclosed?: (boolean|null);

                /** Decision review */
                review?: (ilr.v1.ReviewTicket.$Properties|null);

                /** Decision notice */
                notice?: (ilr.v1.NoticeDetail|null);

                /** Decision label */
                label?: (string|null);

                /** Decision basis */
                basis?: (ilr.v1.LegalBasis|null);

                /** Decision rules */
                rules?: (string[]|null);

                /** Decision citations */
                citations?: (ilr.v1.Citation.$Properties[]|null);

                /** Decision pack */
                pack?: (ilr.v1.PackRef.$Properties|null);

                /** Decision decidedBy */
                decidedBy?: (string|null);

                /** Decision reasonCode */
                reasonCode?: (ilr.v1.ReasonCode|null);

                /** Decision screened */
                screened?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Decision. */
            type $Shape = ilr.v1.Decision.$Properties;
        }

        /**
         * Properties of a RequesterReply.
         * @deprecated Use ilr.v1.RequesterReply.$Properties instead.
         */
        interface IRequesterReply extends ilr.v1.RequesterReply.$Properties {
        }

        /** Represents a RequesterReply. */
        class RequesterReply {

            /**
             * Constructs a new RequesterReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: ilr.v1.RequesterReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RequesterReply outcome. */
            outcome: ilr.v1.Outcome;

            /** RequesterReply reasonCode. */
            reasonCode: ilr.v1.ReasonCode;

            /** RequesterReply disclosed. */
            disclosed: ilr.v1.DataClass[];

            /** RequesterReply referTo. */
            referTo: string;

            /** RequesterReply citations. */
            citations: string[];

            /** RequesterReply pack. */
            pack?: (ilr.v1.PackRef.$Properties|null);

            /** RequesterReply message. */
            message: string;

            /**
             * Creates a new RequesterReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RequesterReply instance
             */
            static create(properties: ilr.v1.RequesterReply.$Shape): ilr.v1.RequesterReply & ilr.v1.RequesterReply.$Shape;
            static create(properties?: ilr.v1.RequesterReply.$Properties): ilr.v1.RequesterReply;

            /**
             * Encodes the specified RequesterReply message. Does not implicitly {@link ilr.v1.RequesterReply.verify|verify} messages.
             * @param message RequesterReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ilr.v1.RequesterReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RequesterReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ilr.v1.RequesterReply & ilr.v1.RequesterReply.$Shape} RequesterReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ilr.v1.RequesterReply & ilr.v1.RequesterReply.$Shape;

            /**
             * Verifies a RequesterReply message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RequesterReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RequesterReply
             */
            static fromObject(object: { [k: string]: any }): ilr.v1.RequesterReply;

            /**
             * Creates a plain object from a RequesterReply message. Also converts values to other types if specified.
             * @param message RequesterReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ilr.v1.RequesterReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RequesterReply to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace RequesterReply {

            /** Properties of a RequesterReply. */
            interface $Properties {

                /** RequesterReply outcome */
                outcome?: (ilr.v1.Outcome|null);

                /** RequesterReply reasonCode */
                reasonCode?: (ilr.v1.ReasonCode|null);

                /** RequesterReply disclosed */
                disclosed?: (ilr.v1.DataClass[]|null);

                /** RequesterReply referTo */
                referTo?: (string|null);

                /** RequesterReply citations */
                citations?: (string[]|null);

                /** RequesterReply pack */
                pack?: (ilr.v1.PackRef.$Properties|null);

                /** RequesterReply message */
                message?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RequesterReply. */
            type $Shape = ilr.v1.RequesterReply.$Properties;
        }

        /**
         * Properties of an ErrorReply.
         * @deprecated Use ilr.v1.ErrorReply.$Properties instead.
         */
        interface IErrorReply extends ilr.v1.ErrorReply.$Properties {
        }

        /** Represents an ErrorReply. */
        class ErrorReply {

            /**
             * Constructs a new ErrorReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: ilr.v1.ErrorReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ErrorReply messageId. */
            messageId: string;

            /** ErrorReply code. */
            code: string;

            /** ErrorReply reason. */
            reason: string;

            /** ErrorReply field. */
            field?: (string|null);

            /**
             * Creates a new ErrorReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ErrorReply instance
             */
            static create(properties: ilr.v1.ErrorReply.$Shape): ilr.v1.ErrorReply & ilr.v1.ErrorReply.$Shape;
            static create(properties?: ilr.v1.ErrorReply.$Properties): ilr.v1.ErrorReply;

            /**
             * Encodes the specified ErrorReply message. Does not implicitly {@link ilr.v1.ErrorReply.verify|verify} messages.
             * @param message ErrorReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ilr.v1.ErrorReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ErrorReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ilr.v1.ErrorReply & ilr.v1.ErrorReply.$Shape} ErrorReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ilr.v1.ErrorReply & ilr.v1.ErrorReply.$Shape;

            /**
             * Verifies an ErrorReply message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an ErrorReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ErrorReply
             */
            static fromObject(object: { [k: string]: any }): ilr.v1.ErrorReply;

            /**
             * Creates a plain object from an ErrorReply message. Also converts values to other types if specified.
             * @param message ErrorReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ilr.v1.ErrorReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ErrorReply to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace ErrorReply {

            /** Properties of an ErrorReply. */
            interface $Properties {

                /** ErrorReply messageId */
                messageId?: (string|null);

                /** ErrorReply code */
                code?: (string|null);

                /** ErrorReply reason */
                reason?: (string|null);

                /** ErrorReply field */
                field?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ErrorReply. */
            type $Shape = ilr.v1.ErrorReply.$Properties;
        }

        /** MessageKind enum. */
        enum MessageKind {

            /** MESSAGE_KIND_UNSPECIFIED value */
            MESSAGE_KIND_UNSPECIFIED = 0,

            /** MESSAGE_KIND_ITEM_FOUND value */
            MESSAGE_KIND_ITEM_FOUND = 1,

            /** MESSAGE_KIND_RECOVERY_NOTICE value */
            MESSAGE_KIND_RECOVERY_NOTICE = 2,

            /** MESSAGE_KIND_PATRON_INQUIRY value */
            MESSAGE_KIND_PATRON_INQUIRY = 3,

            /** MESSAGE_KIND_ACCOUNT_INQUIRY value */
            MESSAGE_KIND_ACCOUNT_INQUIRY = 4,

            /** MESSAGE_KIND_LOAN_REQUEST value */
            MESSAGE_KIND_LOAN_REQUEST = 5,

            /** MESSAGE_KIND_SUPPLIER_STATUS value */
            MESSAGE_KIND_SUPPLIER_STATUS = 6,

            /** MESSAGE_KIND_REQUESTER_ACTION value */
            MESSAGE_KIND_REQUESTER_ACTION = 7,

            /** MESSAGE_KIND_HOLD_PICKUP value */
            MESSAGE_KIND_HOLD_PICKUP = 8,

            /** MESSAGE_KIND_LEGAL_PROCESS value */
            MESSAGE_KIND_LEGAL_PROCESS = 9
        }

        /** DataClass enum. */
        enum DataClass {

            /** DATA_CLASS_UNSPECIFIED value */
            DATA_CLASS_UNSPECIFIED = 0,

            /** DATA_CLASS_EXISTENCE value */
            DATA_CLASS_EXISTENCE = 1,

            /** DATA_CLASS_IDENTITY value */
            DATA_CLASS_IDENTITY = 2,

            /** DATA_CLASS_CONTACT value */
            DATA_CLASS_CONTACT = 3,

            /** DATA_CLASS_CIRCULATION value */
            DATA_CLASS_CIRCULATION = 4,

            /** DATA_CLASS_HOLDS value */
            DATA_CLASS_HOLDS = 5,

            /** DATA_CLASS_OVERDUE value */
            DATA_CLASS_OVERDUE = 6,

            /** DATA_CLASS_FEES value */
            DATA_CLASS_FEES = 7,

            /** DATA_CLASS_HISTORY value */
            DATA_CLASS_HISTORY = 8,

            /** DATA_CLASS_GUARDIAN_IDENTITY value */
            DATA_CLASS_GUARDIAN_IDENTITY = 11,

            /** DATA_CLASS_SURVEILLANCE_RECORDS value */
            DATA_CLASS_SURVEILLANCE_RECORDS = 12
        }

        /** Want enum. */
        enum Want {

            /** WANT_UNSPECIFIED value */
            WANT_UNSPECIFIED = 0,

            /** WANT_EXISTENCE value */
            WANT_EXISTENCE = 1,

            /** WANT_IDENTITY value */
            WANT_IDENTITY = 2,

            /** WANT_CONTACT value */
            WANT_CONTACT = 3,

            /** WANT_CIRCULATION value */
            WANT_CIRCULATION = 4,

            /** WANT_HOLDS value */
            WANT_HOLDS = 5,

            /** WANT_OVERDUE value */
            WANT_OVERDUE = 6,

            /** WANT_FEES value */
            WANT_FEES = 7,

            /** WANT_HISTORY value */
            WANT_HISTORY = 8,

            /** WANT_ACCOUNT_ACTION value */
            WANT_ACCOUNT_ACTION = 9,

            /** WANT_NOTICE_TO_PATRON value */
            WANT_NOTICE_TO_PATRON = 10,

            /** WANT_GUARDIAN_IDENTITY value */
            WANT_GUARDIAN_IDENTITY = 11,

            /** WANT_SURVEILLANCE_RECORDS value */
            WANT_SURVEILLANCE_RECORDS = 12
        }

        /** LegalBasis enum. */
        enum LegalBasis {

            /** LEGAL_BASIS_UNSPECIFIED value */
            LEGAL_BASIS_UNSPECIFIED = 0,

            /** LEGAL_BASIS_NONE value */
            LEGAL_BASIS_NONE = 1,

            /** LEGAL_BASIS_PATRON_WRITTEN_CONSENT value */
            LEGAL_BASIS_PATRON_WRITTEN_CONSENT = 2,

            /** LEGAL_BASIS_PATRON_REQUEST value */
            LEGAL_BASIS_PATRON_REQUEST = 3,

            /** LEGAL_BASIS_LIBRARY_OPERATIONS value */
            LEGAL_BASIS_LIBRARY_OPERATIONS = 4,

            /** LEGAL_BASIS_INTERLIBRARY_COOPERATION value */
            LEGAL_BASIS_INTERLIBRARY_COOPERATION = 5,

            /** LEGAL_BASIS_MATERIAL_RECOVERY value */
            LEGAL_BASIS_MATERIAL_RECOVERY = 6,

            /** LEGAL_BASIS_COLLECTION_AGENCY value */
            LEGAL_BASIS_COLLECTION_AGENCY = 7,

            /** LEGAL_BASIS_PARENT_OF_MINOR value */
            LEGAL_BASIS_PARENT_OF_MINOR = 8,

            /** LEGAL_BASIS_COURT_ORDER value */
            LEGAL_BASIS_COURT_ORDER = 9,

            /** LEGAL_BASIS_SUBPOENA value */
            LEGAL_BASIS_SUBPOENA = 10,

            /** LEGAL_BASIS_SEARCH_WARRANT value */
            LEGAL_BASIS_SEARCH_WARRANT = 11,

            /** LEGAL_BASIS_NATIONAL_SECURITY_LETTER value */
            LEGAL_BASIS_NATIONAL_SECURITY_LETTER = 12,

            /** LEGAL_BASIS_FISA_ORDER value */
            LEGAL_BASIS_FISA_ORDER = 13,

            /** LEGAL_BASIS_REQUIRED_BY_LAW value */
            LEGAL_BASIS_REQUIRED_BY_LAW = 14,

            /** LEGAL_BASIS_LAW_ENFORCEMENT_EMERGENCY value */
            LEGAL_BASIS_LAW_ENFORCEMENT_EMERGENCY = 15
        }

        /** Purpose enum. */
        enum Purpose {

            /** PURPOSE_UNSPECIFIED value */
            PURPOSE_UNSPECIFIED = 0,

            /** PURPOSE_MATERIAL_RECOVERY value */
            PURPOSE_MATERIAL_RECOVERY = 1,

            /** PURPOSE_FINE_COLLECTION value */
            PURPOSE_FINE_COLLECTION = 2,

            /** PURPOSE_RESOURCE_SHARING value */
            PURPOSE_RESOURCE_SHARING = 3,

            /** PURPOSE_ACCOUNT_SERVICE value */
            PURPOSE_ACCOUNT_SERVICE = 4,

            /** PURPOSE_INVESTIGATION value */
            PURPOSE_INVESTIGATION = 5,

            /** PURPOSE_RECORDS_REQUEST value */
            PURPOSE_RECORDS_REQUEST = 6,

            /** PURPOSE_WELFARE value */
            PURPOSE_WELFARE = 7,

            /** PURPOSE_OTHER value */
            PURPOSE_OTHER = 8
        }

        /** Agency enum. */
        enum Agency {

            /** AGENCY_UNSPECIFIED value */
            AGENCY_UNSPECIFIED = 0,

            /** AGENCY_POLICE value */
            AGENCY_POLICE = 1,

            /** AGENCY_PROSECUTOR value */
            AGENCY_PROSECUTOR = 2,

            /** AGENCY_COURT value */
            AGENCY_COURT = 3,

            /** AGENCY_FEDERAL_AGENCY value */
            AGENCY_FEDERAL_AGENCY = 4,

            /** AGENCY_COLLECTION_AGENCY value */
            AGENCY_COLLECTION_AGENCY = 5,

            /** AGENCY_RECORDS_REQUESTER value */
            AGENCY_RECORDS_REQUESTER = 6
        }

        /** Relation enum. */
        enum Relation {

            /** RELATION_UNSPECIFIED value */
            RELATION_UNSPECIFIED = 0,

            /** RELATION_SELF value */
            RELATION_SELF = 1,

            /** RELATION_CAREGIVER value */
            RELATION_CAREGIVER = 2,

            /** RELATION_PARENT value */
            RELATION_PARENT = 3,

            /** RELATION_SPOUSE value */
            RELATION_SPOUSE = 4,

            /** RELATION_FINDER value */
            RELATION_FINDER = 5,

            /** RELATION_OTHER value */
            RELATION_OTHER = 6
        }

        /** Credential enum. */
        enum Credential {

            /** CREDENTIAL_UNSPECIFIED value */
            CREDENTIAL_UNSPECIFIED = 0,

            /** CREDENTIAL_CARD value */
            CREDENTIAL_CARD = 1,

            /** CREDENTIAL_CARD_NUMBER value */
            CREDENTIAL_CARD_NUMBER = 2,

            /** CREDENTIAL_CARD_NUMBER_AND_PIN value */
            CREDENTIAL_CARD_NUMBER_AND_PIN = 3,

            /** CREDENTIAL_NAME_ONLY value */
            CREDENTIAL_NAME_ONLY = 4,

            /** CREDENTIAL_PHOTO_ID value */
            CREDENTIAL_PHOTO_ID = 5,

            /** CREDENTIAL_NONE value */
            CREDENTIAL_NONE = 6
        }

        /** ProcessType enum. */
        enum ProcessType {

            /** PROCESS_TYPE_UNSPECIFIED value */
            PROCESS_TYPE_UNSPECIFIED = 0,

            /** PROCESS_TYPE_SUBPOENA value */
            PROCESS_TYPE_SUBPOENA = 1,

            /** PROCESS_TYPE_COURT_ORDER value */
            PROCESS_TYPE_COURT_ORDER = 2,

            /** PROCESS_TYPE_SEARCH_WARRANT value */
            PROCESS_TYPE_SEARCH_WARRANT = 3,

            /** PROCESS_TYPE_NATIONAL_SECURITY_LETTER value */
            PROCESS_TYPE_NATIONAL_SECURITY_LETTER = 4,

            /** PROCESS_TYPE_FISA_ORDER value */
            PROCESS_TYPE_FISA_ORDER = 5
        }

        /** Issuer enum. */
        enum Issuer {

            /** ISSUER_UNSPECIFIED value */
            ISSUER_UNSPECIFIED = 0,

            /** ISSUER_FEDERAL value */
            ISSUER_FEDERAL = 1,

            /** ISSUER_STATE value */
            ISSUER_STATE = 2,

            /** ISSUER_MUNICIPAL value */
            ISSUER_MUNICIPAL = 3,

            /** ISSUER_PRIVATE value */
            ISSUER_PRIVATE = 4
        }

        /** Outcome enum. */
        enum Outcome {

            /** OUTCOME_UNSPECIFIED value */
            OUTCOME_UNSPECIFIED = 0,

            /** OUTCOME_RELAY value */
            OUTCOME_RELAY = 1,

            /** OUTCOME_REFER value */
            OUTCOME_REFER = 2,

            /** OUTCOME_REFUSE value */
            OUTCOME_REFUSE = 3,

            /** OUTCOME_REVIEW value */
            OUTCOME_REVIEW = 4
        }

        /** ReviewRoute enum. */
        enum ReviewRoute {

            /** REVIEW_ROUTE_UNSPECIFIED value */
            REVIEW_ROUTE_UNSPECIFIED = 0,

            /** REVIEW_ROUTE_DIRECTOR value */
            REVIEW_ROUTE_DIRECTOR = 1,

            /** REVIEW_ROUTE_RECORDS_CUSTODIAN value */
            REVIEW_ROUTE_RECORDS_CUSTODIAN = 2
        }

        /** NoticeDetail enum. */
        enum NoticeDetail {

            /** NOTICE_DETAIL_UNSPECIFIED value */
            NOTICE_DETAIL_UNSPECIFIED = 0,

            /** NOTICE_DETAIL_GENERIC value */
            NOTICE_DETAIL_GENERIC = 1,

            /** NOTICE_DETAIL_DETAILED value */
            NOTICE_DETAIL_DETAILED = 2
        }

        /** ReasonCode enum. */
        enum ReasonCode {

            /** REASON_CODE_UNSPECIFIED value */
            REASON_CODE_UNSPECIFIED = 0,

            /** REASON_CODE_RELAYED value */
            REASON_CODE_RELAYED = 1,

            /** REASON_CODE_NO_PATRON_DATA value */
            REASON_CODE_NO_PATRON_DATA = 2,

            /** REASON_CODE_REFERRED_TO_REGISTERING_LIBRARY value */
            REASON_CODE_REFERRED_TO_REGISTERING_LIBRARY = 3,

            /** REASON_CODE_HELD_FOR_REVIEW value */
            REASON_CODE_HELD_FOR_REVIEW = 4,

            /** REASON_CODE_NO_LEGAL_BASIS value */
            REASON_CODE_NO_LEGAL_BASIS = 5,

            /** REASON_CODE_NOT_PERMITTED value */
            REASON_CODE_NOT_PERMITTED = 6
        }

        /** CitationStatus enum. */
        enum CitationStatus {

            /** CITATION_STATUS_UNSPECIFIED value */
            CITATION_STATUS_UNSPECIFIED = 0,

            /** CITATION_STATUS_VERIFIED value */
            CITATION_STATUS_VERIFIED = 1,

            /** CITATION_STATUS_UNVERIFIED value */
            CITATION_STATUS_UNVERIFIED = 2,

            /** CITATION_STATUS_READING value */
            CITATION_STATUS_READING = 3
        }

        /**
         * Properties of a Requester.
         * @deprecated Use ilr.v1.Requester.$Properties instead.
         */
        interface IRequester extends ilr.v1.Requester.$Properties {
        }

        /** Represents a Requester. */
        class Requester {

            /**
             * Constructs a new Requester.
             * @param [properties] Properties to set
             */
            constructor(properties?: ilr.v1.Requester.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Requester library. */
            library?: (string|null);

            /** Requester agency. */
            agency?: (ilr.v1.AgencyRequester.$Properties|null);

            /** Requester person. */
            person?: (ilr.v1.PersonRequester.$Properties|null);

            /** Requester type. */
            type?: ("library"|"agency"|"person");

            /**
             * Creates a new Requester instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Requester instance
             */
            static create(properties: ilr.v1.Requester.$Shape): ilr.v1.Requester & ilr.v1.Requester.$Shape;
            static create(properties?: ilr.v1.Requester.$Properties): ilr.v1.Requester;

            /**
             * Encodes the specified Requester message. Does not implicitly {@link ilr.v1.Requester.verify|verify} messages.
             * @param message Requester message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ilr.v1.Requester.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Requester message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ilr.v1.Requester & ilr.v1.Requester.$Shape} Requester
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ilr.v1.Requester & ilr.v1.Requester.$Shape;

            /**
             * Verifies a Requester message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Requester message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Requester
             */
            static fromObject(object: { [k: string]: any }): ilr.v1.Requester;

            /**
             * Creates a plain object from a Requester message. Also converts values to other types if specified.
             * @param message Requester
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ilr.v1.Requester, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Requester to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Requester {

            /** Properties of a Requester. */
            interface $Properties {

                /** Requester library */
                library?: (string|null);

                /** Requester agency */
                agency?: (ilr.v1.AgencyRequester.$Properties|null);

                /** Requester person */
                person?: (ilr.v1.PersonRequester.$Properties|null);

                /** Requester type */
                type?: ("library"|"agency"|"person");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a Requester. */
            type $Shape = {
              library?: string|null;
              agency?: ilr.v1.AgencyRequester.$Shape|null;
              person?: ilr.v1.PersonRequester.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ type?: undefined; library?: null; agency?: null; person?: null }|{ type?: "library"; library: string; agency?: null; person?: null }|{ type?: "agency"; library?: null; agency: ilr.v1.AgencyRequester.$Shape; person?: null }|{ type?: "person"; library?: null; agency?: null; person: ilr.v1.PersonRequester.$Shape })
            );
        }

        /**
         * Properties of an AgencyRequester.
         * @deprecated Use ilr.v1.AgencyRequester.$Properties instead.
         */
        interface IAgencyRequester extends ilr.v1.AgencyRequester.$Properties {
        }

        /** Represents an AgencyRequester. */
        class AgencyRequester {

            /**
             * Constructs a new AgencyRequester.
             * @param [properties] Properties to set
             */
            constructor(properties?: ilr.v1.AgencyRequester.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AgencyRequester agency. */
            agency: ilr.v1.Agency;

            /** AgencyRequester contractedBy. */
            contractedBy: string;

            /**
             * Creates a new AgencyRequester instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AgencyRequester instance
             */
            static create(properties: ilr.v1.AgencyRequester.$Shape): ilr.v1.AgencyRequester & ilr.v1.AgencyRequester.$Shape;
            static create(properties?: ilr.v1.AgencyRequester.$Properties): ilr.v1.AgencyRequester;

            /**
             * Encodes the specified AgencyRequester message. Does not implicitly {@link ilr.v1.AgencyRequester.verify|verify} messages.
             * @param message AgencyRequester message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ilr.v1.AgencyRequester.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AgencyRequester message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ilr.v1.AgencyRequester & ilr.v1.AgencyRequester.$Shape} AgencyRequester
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ilr.v1.AgencyRequester & ilr.v1.AgencyRequester.$Shape;

            /**
             * Verifies an AgencyRequester message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an AgencyRequester message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AgencyRequester
             */
            static fromObject(object: { [k: string]: any }): ilr.v1.AgencyRequester;

            /**
             * Creates a plain object from an AgencyRequester message. Also converts values to other types if specified.
             * @param message AgencyRequester
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ilr.v1.AgencyRequester, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AgencyRequester to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace AgencyRequester {

            /** Properties of an AgencyRequester. */
            interface $Properties {

                /** AgencyRequester agency */
                agency?: (ilr.v1.Agency|null);

                /** AgencyRequester contractedBy */
                contractedBy?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AgencyRequester. */
            type $Shape = ilr.v1.AgencyRequester.$Properties;
        }

        /**
         * Properties of a PersonRequester.
         * @deprecated Use ilr.v1.PersonRequester.$Properties instead.
         */
        interface IPersonRequester extends ilr.v1.PersonRequester.$Properties {
        }

        /** Represents a PersonRequester. */
        class PersonRequester {

            /**
             * Constructs a new PersonRequester.
             * @param [properties] Properties to set
             */
            constructor(properties?: ilr.v1.PersonRequester.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PersonRequester relation. */
            relation: ilr.v1.Relation;

            /** PersonRequester credential. */
            credential: ilr.v1.Credential;

            /** PersonRequester listedCaregiver. */
            listedCaregiver: boolean;

            /** PersonRequester household. */
            household: boolean;

            /** PersonRequester consentRef. */
            consentRef: string;

            /**
             * Creates a new PersonRequester instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PersonRequester instance
             */
            static create(properties: ilr.v1.PersonRequester.$Shape): ilr.v1.PersonRequester & ilr.v1.PersonRequester.$Shape;
            static create(properties?: ilr.v1.PersonRequester.$Properties): ilr.v1.PersonRequester;

            /**
             * Encodes the specified PersonRequester message. Does not implicitly {@link ilr.v1.PersonRequester.verify|verify} messages.
             * @param message PersonRequester message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ilr.v1.PersonRequester.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PersonRequester message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ilr.v1.PersonRequester & ilr.v1.PersonRequester.$Shape} PersonRequester
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ilr.v1.PersonRequester & ilr.v1.PersonRequester.$Shape;

            /**
             * Verifies a PersonRequester message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PersonRequester message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PersonRequester
             */
            static fromObject(object: { [k: string]: any }): ilr.v1.PersonRequester;

            /**
             * Creates a plain object from a PersonRequester message. Also converts values to other types if specified.
             * @param message PersonRequester
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ilr.v1.PersonRequester, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PersonRequester to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace PersonRequester {

            /** Properties of a PersonRequester. */
            interface $Properties {

                /** PersonRequester relation */
                relation?: (ilr.v1.Relation|null);

                /** PersonRequester credential */
                credential?: (ilr.v1.Credential|null);

                /** PersonRequester listedCaregiver */
                listedCaregiver?: (boolean|null);

                /** PersonRequester household */
                household?: (boolean|null);

                /** PersonRequester consentRef */
                consentRef?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PersonRequester. */
            type $Shape = ilr.v1.PersonRequester.$Properties;
        }

        /**
         * Properties of a LegalProcess.
         * @deprecated Use ilr.v1.LegalProcess.$Properties instead.
         */
        interface ILegalProcess extends ilr.v1.LegalProcess.$Properties {
        }

        /** Represents a LegalProcess. */
        class LegalProcess {

            /**
             * Constructs a new LegalProcess.
             * @param [properties] Properties to set
             */
            constructor(properties?: ilr.v1.LegalProcess.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LegalProcess type. */
            type: ilr.v1.ProcessType;

            /** LegalProcess issuer. */
            issuer: ilr.v1.Issuer;

            /** LegalProcess gag. */
            gag: boolean;

            /** LegalProcess criminal. */
            criminal: boolean;

            /**
             * Creates a new LegalProcess instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LegalProcess instance
             */
            static create(properties: ilr.v1.LegalProcess.$Shape): ilr.v1.LegalProcess & ilr.v1.LegalProcess.$Shape;
            static create(properties?: ilr.v1.LegalProcess.$Properties): ilr.v1.LegalProcess;

            /**
             * Encodes the specified LegalProcess message. Does not implicitly {@link ilr.v1.LegalProcess.verify|verify} messages.
             * @param message LegalProcess message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ilr.v1.LegalProcess.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LegalProcess message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ilr.v1.LegalProcess & ilr.v1.LegalProcess.$Shape} LegalProcess
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ilr.v1.LegalProcess & ilr.v1.LegalProcess.$Shape;

            /**
             * Verifies a LegalProcess message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a LegalProcess message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns LegalProcess
             */
            static fromObject(object: { [k: string]: any }): ilr.v1.LegalProcess;

            /**
             * Creates a plain object from a LegalProcess message. Also converts values to other types if specified.
             * @param message LegalProcess
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ilr.v1.LegalProcess, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LegalProcess to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace LegalProcess {

            /** Properties of a LegalProcess. */
            interface $Properties {

                /** LegalProcess type */
                type?: (ilr.v1.ProcessType|null);

                /** LegalProcess issuer */
                issuer?: (ilr.v1.Issuer|null);

                /** LegalProcess gag */
                gag?: (boolean|null);

                /** LegalProcess criminal */
                criminal?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LegalProcess. */
            type $Shape = ilr.v1.LegalProcess.$Properties;
        }

        /**
         * Properties of a PatronRef.
         * @deprecated Use ilr.v1.PatronRef.$Properties instead.
         */
        interface IPatronRef extends ilr.v1.PatronRef.$Properties {
        }

        /** Represents a PatronRef. */
        class PatronRef {

            /**
             * Constructs a new PatronRef.
             * @param [properties] Properties to set
             */
            constructor(properties?: ilr.v1.PatronRef.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PatronRef token. */
            token: string;

            /** PatronRef homeLibrary. */
            homeLibrary: string;

            /**
             * Creates a new PatronRef instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PatronRef instance
             */
            static create(properties: ilr.v1.PatronRef.$Shape): ilr.v1.PatronRef & ilr.v1.PatronRef.$Shape;
            static create(properties?: ilr.v1.PatronRef.$Properties): ilr.v1.PatronRef;

            /**
             * Encodes the specified PatronRef message. Does not implicitly {@link ilr.v1.PatronRef.verify|verify} messages.
             * @param message PatronRef message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ilr.v1.PatronRef.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PatronRef message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ilr.v1.PatronRef & ilr.v1.PatronRef.$Shape} PatronRef
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ilr.v1.PatronRef & ilr.v1.PatronRef.$Shape;

            /**
             * Verifies a PatronRef message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PatronRef message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PatronRef
             */
            static fromObject(object: { [k: string]: any }): ilr.v1.PatronRef;

            /**
             * Creates a plain object from a PatronRef message. Also converts values to other types if specified.
             * @param message PatronRef
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ilr.v1.PatronRef, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PatronRef to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace PatronRef {

            /** Properties of a PatronRef. */
            interface $Properties {

                /** PatronRef token */
                token?: (string|null);

                /** PatronRef homeLibrary */
                homeLibrary?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PatronRef. */
            type $Shape = ilr.v1.PatronRef.$Properties;
        }

        /**
         * Properties of a LookupKey.
         * @deprecated Use ilr.v1.LookupKey.$Properties instead.
         */
        interface ILookupKey extends ilr.v1.LookupKey.$Properties {
        }

        /** Represents a LookupKey. */
        class LookupKey {

            /**
             * Constructs a new LookupKey.
             * @param [properties] Properties to set
             */
            constructor(properties?: ilr.v1.LookupKey.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LookupKey cardNumber. */
            cardNumber?: (string|null);

            /** LookupKey name. */
            name?: (string|null);

            /** LookupKey key. */
            key?: ("cardNumber"|"name");

            /**
             * Creates a new LookupKey instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LookupKey instance
             */
            static create(properties: ilr.v1.LookupKey.$Shape): ilr.v1.LookupKey & ilr.v1.LookupKey.$Shape;
            static create(properties?: ilr.v1.LookupKey.$Properties): ilr.v1.LookupKey;

            /**
             * Encodes the specified LookupKey message. Does not implicitly {@link ilr.v1.LookupKey.verify|verify} messages.
             * @param message LookupKey message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ilr.v1.LookupKey.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LookupKey message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ilr.v1.LookupKey & ilr.v1.LookupKey.$Shape} LookupKey
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ilr.v1.LookupKey & ilr.v1.LookupKey.$Shape;

            /**
             * Verifies a LookupKey message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a LookupKey message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns LookupKey
             */
            static fromObject(object: { [k: string]: any }): ilr.v1.LookupKey;

            /**
             * Creates a plain object from a LookupKey message. Also converts values to other types if specified.
             * @param message LookupKey
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ilr.v1.LookupKey, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LookupKey to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace LookupKey {

            /** Properties of a LookupKey. */
            interface $Properties {

                /** LookupKey cardNumber */
                cardNumber?: (string|null);

                /** LookupKey name */
                name?: (string|null);

                /** LookupKey key */
                key?: ("cardNumber"|"name");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a LookupKey. */
            type $Shape = {
              cardNumber?: string|null;
              name?: string|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ key?: undefined; cardNumber?: null; name?: null }|{ key?: "cardNumber"; cardNumber: string; name?: null }|{ key?: "name"; cardNumber?: null; name: string })
            );
        }

        /**
         * Properties of an Envelope.
         * @deprecated Use ilr.v1.Envelope.$Properties instead.
         */
        interface IEnvelope extends ilr.v1.Envelope.$Properties {
        }

        /** Represents an Envelope. */
        class Envelope {

            /**
             * Constructs a new Envelope.
             * @param [properties] Properties to set
             */
            constructor(properties?: ilr.v1.Envelope.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Envelope messageId. */
            messageId: string;

            /** Envelope correlationId. */
            correlationId: string;

            /** Envelope sender. */
            sender: string;

            /** Envelope recipient. */
            recipient: string;

            /** Envelope kind. */
            kind: ilr.v1.MessageKind;

            /** Envelope createdAt. */
            createdAt: number;

            /** Envelope schemaVersion. */
            schemaVersion: number;

            /** Envelope body. */
            body: Uint8Array;

            /** Envelope signature. */
            signature: Uint8Array;

            /** Envelope signer. */
            signer: string;

            /**
             * Creates a new Envelope instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Envelope instance
             */
            static create(properties: ilr.v1.Envelope.$Shape): ilr.v1.Envelope & ilr.v1.Envelope.$Shape;
            static create(properties?: ilr.v1.Envelope.$Properties): ilr.v1.Envelope;

            /**
             * Encodes the specified Envelope message. Does not implicitly {@link ilr.v1.Envelope.verify|verify} messages.
             * @param message Envelope message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ilr.v1.Envelope.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Envelope message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ilr.v1.Envelope & ilr.v1.Envelope.$Shape} Envelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ilr.v1.Envelope & ilr.v1.Envelope.$Shape;

            /**
             * Verifies an Envelope message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Envelope message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Envelope
             */
            static fromObject(object: { [k: string]: any }): ilr.v1.Envelope;

            /**
             * Creates a plain object from an Envelope message. Also converts values to other types if specified.
             * @param message Envelope
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ilr.v1.Envelope, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Envelope to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Envelope {

            /** Properties of an Envelope. */
            interface $Properties {

                /** Envelope messageId */
                messageId?: (string|null);

                /** Envelope correlationId */
                correlationId?: (string|null);

                /** Envelope sender */
                sender?: (string|null);

                /** Envelope recipient */
                recipient?: (string|null);

                /** Envelope kind */
                kind?: (ilr.v1.MessageKind|null);

                /** Envelope createdAt */
                createdAt?: (number|null);

                /** Envelope schemaVersion */
                schemaVersion?: (number|null);

                /** Envelope body */
                body?: (Uint8Array|null);

                /** Envelope signature */
                signature?: (Uint8Array|null);

                /** Envelope signer */
                signer?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Envelope. */
            type $Shape = ilr.v1.Envelope.$Properties;
        }

        /**
         * Properties of an ItemFound.
         * @deprecated Use ilr.v1.ItemFound.$Properties instead.
         */
        interface IItemFound extends ilr.v1.ItemFound.$Properties {
        }

        /** Represents an ItemFound. */
        class ItemFound {

            /**
             * Constructs a new ItemFound.
             * @param [properties] Properties to set
             */
            constructor(properties?: ilr.v1.ItemFound.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ItemFound itemId. */
            itemId: string;

            /** ItemFound owningLibrary. */
            owningLibrary: string;

            /** ItemFound note. */
            note: string;

            /**
             * Creates a new ItemFound instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ItemFound instance
             */
            static create(properties: ilr.v1.ItemFound.$Shape): ilr.v1.ItemFound & ilr.v1.ItemFound.$Shape;
            static create(properties?: ilr.v1.ItemFound.$Properties): ilr.v1.ItemFound;

            /**
             * Encodes the specified ItemFound message. Does not implicitly {@link ilr.v1.ItemFound.verify|verify} messages.
             * @param message ItemFound message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ilr.v1.ItemFound.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ItemFound message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ilr.v1.ItemFound & ilr.v1.ItemFound.$Shape} ItemFound
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ilr.v1.ItemFound & ilr.v1.ItemFound.$Shape;

            /**
             * Verifies an ItemFound message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an ItemFound message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ItemFound
             */
            static fromObject(object: { [k: string]: any }): ilr.v1.ItemFound;

            /**
             * Creates a plain object from an ItemFound message. Also converts values to other types if specified.
             * @param message ItemFound
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ilr.v1.ItemFound, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ItemFound to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace ItemFound {

            /** Properties of an ItemFound. */
            interface $Properties {

                /** ItemFound itemId */
                itemId?: (string|null);

                /** ItemFound owningLibrary */
                owningLibrary?: (string|null);

                /** ItemFound note */
                note?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ItemFound. */
            type $Shape = ilr.v1.ItemFound.$Properties;
        }

        /**
         * Properties of a RecoveryNotice.
         * @deprecated Use ilr.v1.RecoveryNotice.$Properties instead.
         */
        interface IRecoveryNotice extends ilr.v1.RecoveryNotice.$Properties {
        }

        /** Represents a RecoveryNotice. */
        class RecoveryNotice {

            /**
             * Constructs a new RecoveryNotice.
             * @param [properties] Properties to set
             */
            constructor(properties?: ilr.v1.RecoveryNotice.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RecoveryNotice patron. */
            patron?: (ilr.v1.PatronRef.$Properties|null);

            /** RecoveryNotice itemIds. */
            itemIds: string[];

            /** RecoveryNotice noticeText. */
            noticeText: string;

            /**
             * Creates a new RecoveryNotice instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RecoveryNotice instance
             */
            static create(properties: ilr.v1.RecoveryNotice.$Shape): ilr.v1.RecoveryNotice & ilr.v1.RecoveryNotice.$Shape;
            static create(properties?: ilr.v1.RecoveryNotice.$Properties): ilr.v1.RecoveryNotice;

            /**
             * Encodes the specified RecoveryNotice message. Does not implicitly {@link ilr.v1.RecoveryNotice.verify|verify} messages.
             * @param message RecoveryNotice message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ilr.v1.RecoveryNotice.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RecoveryNotice message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ilr.v1.RecoveryNotice & ilr.v1.RecoveryNotice.$Shape} RecoveryNotice
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ilr.v1.RecoveryNotice & ilr.v1.RecoveryNotice.$Shape;

            /**
             * Verifies a RecoveryNotice message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RecoveryNotice message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RecoveryNotice
             */
            static fromObject(object: { [k: string]: any }): ilr.v1.RecoveryNotice;

            /**
             * Creates a plain object from a RecoveryNotice message. Also converts values to other types if specified.
             * @param message RecoveryNotice
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ilr.v1.RecoveryNotice, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RecoveryNotice to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace RecoveryNotice {

            /** Properties of a RecoveryNotice. */
            interface $Properties {

                /** RecoveryNotice patron */
                patron?: (ilr.v1.PatronRef.$Properties|null);

                /** RecoveryNotice itemIds */
                itemIds?: (string[]|null);

                /** RecoveryNotice noticeText */
                noticeText?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RecoveryNotice. */
            type $Shape = ilr.v1.RecoveryNotice.$Properties;
        }

        /**
         * Properties of a PatronInquiry.
         * @deprecated Use ilr.v1.PatronInquiry.$Properties instead.
         */
        interface IPatronInquiry extends ilr.v1.PatronInquiry.$Properties {
        }

        /** Represents a PatronInquiry. */
        class PatronInquiry {

            /**
             * Constructs a new PatronInquiry.
             * @param [properties] Properties to set
             */
            constructor(properties?: ilr.v1.PatronInquiry.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PatronInquiry patron. */
            patron?: (ilr.v1.PatronRef.$Properties|null);

            /** PatronInquiry lookup. */
            lookup?: (ilr.v1.LookupKey.$Properties|null);

            /** PatronInquiry requester. */
            requester?: (ilr.v1.Requester.$Properties|null);

            /** PatronInquiry purpose. */
            purpose: ilr.v1.Purpose;

            /** PatronInquiry basis. */
            basis: ilr.v1.LegalBasis;

            /** PatronInquiry wants. */
            wants: ilr.v1.Want[];

            /** PatronInquiry note. */
            note: string;

            /** PatronInquiry subject. */
            subject?: ("patron"|"lookup");

            /**
             * Creates a new PatronInquiry instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PatronInquiry instance
             */
            static create(properties: ilr.v1.PatronInquiry.$Shape): ilr.v1.PatronInquiry & ilr.v1.PatronInquiry.$Shape;
            static create(properties?: ilr.v1.PatronInquiry.$Properties): ilr.v1.PatronInquiry;

            /**
             * Encodes the specified PatronInquiry message. Does not implicitly {@link ilr.v1.PatronInquiry.verify|verify} messages.
             * @param message PatronInquiry message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ilr.v1.PatronInquiry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PatronInquiry message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ilr.v1.PatronInquiry & ilr.v1.PatronInquiry.$Shape} PatronInquiry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ilr.v1.PatronInquiry & ilr.v1.PatronInquiry.$Shape;

            /**
             * Verifies a PatronInquiry message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PatronInquiry message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PatronInquiry
             */
            static fromObject(object: { [k: string]: any }): ilr.v1.PatronInquiry;

            /**
             * Creates a plain object from a PatronInquiry message. Also converts values to other types if specified.
             * @param message PatronInquiry
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ilr.v1.PatronInquiry, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PatronInquiry to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace PatronInquiry {

            /** Properties of a PatronInquiry. */
            interface $Properties {

                /** PatronInquiry patron */
                patron?: (ilr.v1.PatronRef.$Properties|null);

                /** PatronInquiry lookup */
                lookup?: (ilr.v1.LookupKey.$Properties|null);

                /** PatronInquiry requester */
                requester?: (ilr.v1.Requester.$Properties|null);

                /** PatronInquiry purpose */
                purpose?: (ilr.v1.Purpose|null);

                /** PatronInquiry basis */
                basis?: (ilr.v1.LegalBasis|null);

                /** PatronInquiry wants */
                wants?: (ilr.v1.Want[]|null);

                /** PatronInquiry note */
                note?: (string|null);

                /** PatronInquiry subject */
                subject?: ("patron"|"lookup");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a PatronInquiry. */
            type $Shape = {
              patron?: ilr.v1.PatronRef.$Shape|null;
              lookup?: ilr.v1.LookupKey.$Shape|null;
              requester?: ilr.v1.Requester.$Shape|null;
              purpose?: ilr.v1.Purpose|null;
              basis?: ilr.v1.LegalBasis|null;
              wants?: ilr.v1.Want[]|null;
              note?: string|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ subject?: undefined; patron?: null; lookup?: null }|{ subject?: "patron"; patron: ilr.v1.PatronRef.$Shape; lookup?: null }|{ subject?: "lookup"; patron?: null; lookup: ilr.v1.LookupKey.$Shape })
            );
        }

        /**
         * Properties of an AccountInquiry.
         * @deprecated Use ilr.v1.AccountInquiry.$Properties instead.
         */
        interface IAccountInquiry extends ilr.v1.AccountInquiry.$Properties {
        }

        /** Represents an AccountInquiry. */
        class AccountInquiry {

            /**
             * Constructs a new AccountInquiry.
             * @param [properties] Properties to set
             */
            constructor(properties?: ilr.v1.AccountInquiry.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AccountInquiry requester. */
            requester?: (ilr.v1.PersonRequester.$Properties|null);

            /** AccountInquiry credentialValue. */
            credentialValue: string;

            /** AccountInquiry purpose. */
            purpose: ilr.v1.Purpose;

            /** AccountInquiry basis. */
            basis: ilr.v1.LegalBasis;

            /** AccountInquiry wants. */
            wants: ilr.v1.Want[];

            /**
             * Creates a new AccountInquiry instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AccountInquiry instance
             */
            static create(properties: ilr.v1.AccountInquiry.$Shape): ilr.v1.AccountInquiry & ilr.v1.AccountInquiry.$Shape;
            static create(properties?: ilr.v1.AccountInquiry.$Properties): ilr.v1.AccountInquiry;

            /**
             * Encodes the specified AccountInquiry message. Does not implicitly {@link ilr.v1.AccountInquiry.verify|verify} messages.
             * @param message AccountInquiry message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ilr.v1.AccountInquiry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AccountInquiry message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ilr.v1.AccountInquiry & ilr.v1.AccountInquiry.$Shape} AccountInquiry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ilr.v1.AccountInquiry & ilr.v1.AccountInquiry.$Shape;

            /**
             * Verifies an AccountInquiry message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an AccountInquiry message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AccountInquiry
             */
            static fromObject(object: { [k: string]: any }): ilr.v1.AccountInquiry;

            /**
             * Creates a plain object from an AccountInquiry message. Also converts values to other types if specified.
             * @param message AccountInquiry
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ilr.v1.AccountInquiry, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AccountInquiry to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace AccountInquiry {

            /** Properties of an AccountInquiry. */
            interface $Properties {

                /** AccountInquiry requester */
                requester?: (ilr.v1.PersonRequester.$Properties|null);

                /** AccountInquiry credentialValue */
                credentialValue?: (string|null);

                /** AccountInquiry purpose */
                purpose?: (ilr.v1.Purpose|null);

                /** AccountInquiry basis */
                basis?: (ilr.v1.LegalBasis|null);

                /** AccountInquiry wants */
                wants?: (ilr.v1.Want[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AccountInquiry. */
            type $Shape = ilr.v1.AccountInquiry.$Properties;
        }

        /**
         * Properties of a HoldPickup.
         * @deprecated Use ilr.v1.HoldPickup.$Properties instead.
         */
        interface IHoldPickup extends ilr.v1.HoldPickup.$Properties {
        }

        /** Represents a HoldPickup. */
        class HoldPickup {

            /**
             * Constructs a new HoldPickup.
             * @param [properties] Properties to set
             */
            constructor(properties?: ilr.v1.HoldPickup.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HoldPickup patron. */
            patron?: (ilr.v1.PatronRef.$Properties|null);

            /** HoldPickup itemId. */
            itemId: string;

            /** HoldPickup pickupLibrary. */
            pickupLibrary: string;

            /** HoldPickup label. */
            label: string;

            /**
             * Creates a new HoldPickup instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HoldPickup instance
             */
            static create(properties: ilr.v1.HoldPickup.$Shape): ilr.v1.HoldPickup & ilr.v1.HoldPickup.$Shape;
            static create(properties?: ilr.v1.HoldPickup.$Properties): ilr.v1.HoldPickup;

            /**
             * Encodes the specified HoldPickup message. Does not implicitly {@link ilr.v1.HoldPickup.verify|verify} messages.
             * @param message HoldPickup message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ilr.v1.HoldPickup.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HoldPickup message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ilr.v1.HoldPickup & ilr.v1.HoldPickup.$Shape} HoldPickup
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ilr.v1.HoldPickup & ilr.v1.HoldPickup.$Shape;

            /**
             * Verifies a HoldPickup message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a HoldPickup message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns HoldPickup
             */
            static fromObject(object: { [k: string]: any }): ilr.v1.HoldPickup;

            /**
             * Creates a plain object from a HoldPickup message. Also converts values to other types if specified.
             * @param message HoldPickup
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ilr.v1.HoldPickup, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this HoldPickup to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace HoldPickup {

            /** Properties of a HoldPickup. */
            interface $Properties {

                /** HoldPickup patron */
                patron?: (ilr.v1.PatronRef.$Properties|null);

                /** HoldPickup itemId */
                itemId?: (string|null);

                /** HoldPickup pickupLibrary */
                pickupLibrary?: (string|null);

                /** HoldPickup label */
                label?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HoldPickup. */
            type $Shape = ilr.v1.HoldPickup.$Properties;
        }

        /**
         * Properties of a LegalProcessRequest.
         * @deprecated Use ilr.v1.LegalProcessRequest.$Properties instead.
         */
        interface ILegalProcessRequest extends ilr.v1.LegalProcessRequest.$Properties {
        }

        /** Represents a LegalProcessRequest. */
        class LegalProcessRequest {

            /**
             * Constructs a new LegalProcessRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: ilr.v1.LegalProcessRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LegalProcessRequest process. */
            process?: (ilr.v1.LegalProcess.$Properties|null);

            /** LegalProcessRequest requester. */
            requester?: (ilr.v1.AgencyRequester.$Properties|null);

            /** LegalProcessRequest wants. */
            wants: ilr.v1.Want[];

            /** LegalProcessRequest patron. */
            patron?: (ilr.v1.PatronRef.$Properties|null);

            /** LegalProcessRequest lookup. */
            lookup?: (ilr.v1.LookupKey.$Properties|null);

            /** LegalProcessRequest documentRef. */
            documentRef: string;

            /** LegalProcessRequest purpose. */
            purpose: ilr.v1.Purpose;

            /** LegalProcessRequest basis. */
            basis: ilr.v1.LegalBasis;

            /** LegalProcessRequest subject. */
            subject?: ("patron"|"lookup");

            /**
             * Creates a new LegalProcessRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LegalProcessRequest instance
             */
            static create(properties: ilr.v1.LegalProcessRequest.$Shape): ilr.v1.LegalProcessRequest & ilr.v1.LegalProcessRequest.$Shape;
            static create(properties?: ilr.v1.LegalProcessRequest.$Properties): ilr.v1.LegalProcessRequest;

            /**
             * Encodes the specified LegalProcessRequest message. Does not implicitly {@link ilr.v1.LegalProcessRequest.verify|verify} messages.
             * @param message LegalProcessRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ilr.v1.LegalProcessRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LegalProcessRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ilr.v1.LegalProcessRequest & ilr.v1.LegalProcessRequest.$Shape} LegalProcessRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ilr.v1.LegalProcessRequest & ilr.v1.LegalProcessRequest.$Shape;

            /**
             * Verifies a LegalProcessRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a LegalProcessRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns LegalProcessRequest
             */
            static fromObject(object: { [k: string]: any }): ilr.v1.LegalProcessRequest;

            /**
             * Creates a plain object from a LegalProcessRequest message. Also converts values to other types if specified.
             * @param message LegalProcessRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ilr.v1.LegalProcessRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LegalProcessRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace LegalProcessRequest {

            /** Properties of a LegalProcessRequest. */
            interface $Properties {

                /** LegalProcessRequest process */
                process?: (ilr.v1.LegalProcess.$Properties|null);

                /** LegalProcessRequest requester */
                requester?: (ilr.v1.AgencyRequester.$Properties|null);

                /** LegalProcessRequest wants */
                wants?: (ilr.v1.Want[]|null);

                /** LegalProcessRequest patron */
                patron?: (ilr.v1.PatronRef.$Properties|null);

                /** LegalProcessRequest lookup */
                lookup?: (ilr.v1.LookupKey.$Properties|null);

                /** LegalProcessRequest documentRef */
                documentRef?: (string|null);

                /** LegalProcessRequest purpose */
                purpose?: (ilr.v1.Purpose|null);

                /** LegalProcessRequest basis */
                basis?: (ilr.v1.LegalBasis|null);

                /** LegalProcessRequest subject */
                subject?: ("patron"|"lookup");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a LegalProcessRequest. */
            type $Shape = {
              process?: ilr.v1.LegalProcess.$Shape|null;
              requester?: ilr.v1.AgencyRequester.$Shape|null;
              wants?: ilr.v1.Want[]|null;
              patron?: ilr.v1.PatronRef.$Shape|null;
              lookup?: ilr.v1.LookupKey.$Shape|null;
              documentRef?: string|null;
              purpose?: ilr.v1.Purpose|null;
              basis?: ilr.v1.LegalBasis|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ subject?: undefined; patron?: null; lookup?: null }|{ subject?: "patron"; patron: ilr.v1.PatronRef.$Shape; lookup?: null }|{ subject?: "lookup"; patron?: null; lookup: ilr.v1.LookupKey.$Shape })
            );
        }

        /** ServiceType enum. */
        enum ServiceType {

            /** SERVICE_TYPE_UNSPECIFIED value */
            SERVICE_TYPE_UNSPECIFIED = 0,

            /** SERVICE_TYPE_COPY value */
            SERVICE_TYPE_COPY = 1,

            /** SERVICE_TYPE_LOAN value */
            SERVICE_TYPE_LOAN = 2,

            /** SERVICE_TYPE_COPY_OR_LOAN value */
            SERVICE_TYPE_COPY_OR_LOAN = 3
        }

        /** RequestType enum. */
        enum RequestType {

            /** REQUEST_TYPE_UNSPECIFIED value */
            REQUEST_TYPE_UNSPECIFIED = 0,

            /** REQUEST_TYPE_NEW value */
            REQUEST_TYPE_NEW = 1,

            /** REQUEST_TYPE_RETRY value */
            REQUEST_TYPE_RETRY = 2,

            /** REQUEST_TYPE_REMINDER value */
            REQUEST_TYPE_REMINDER = 3
        }

        /** RequestSubType enum. */
        enum RequestSubType {

            /** REQUEST_SUB_TYPE_UNSPECIFIED value */
            REQUEST_SUB_TYPE_UNSPECIFIED = 0,

            /** REQUEST_SUB_TYPE_BOOKING_REQUEST value */
            REQUEST_SUB_TYPE_BOOKING_REQUEST = 1,

            /** REQUEST_SUB_TYPE_MULTIPLE_ITEM_REQUEST value */
            REQUEST_SUB_TYPE_MULTIPLE_ITEM_REQUEST = 2,

            /** REQUEST_SUB_TYPE_PATRON_REQUEST value */
            REQUEST_SUB_TYPE_PATRON_REQUEST = 3,

            /** REQUEST_SUB_TYPE_TRANSFER_REQUEST value */
            REQUEST_SUB_TYPE_TRANSFER_REQUEST = 4,

            /** REQUEST_SUB_TYPE_SUPPLYING_LIBRARYS_CHOICE value */
            REQUEST_SUB_TYPE_SUPPLYING_LIBRARYS_CHOICE = 5
        }

        /** ReasonForMessage enum. */
        enum ReasonForMessage {

            /** REASON_FOR_MESSAGE_UNSPECIFIED value */
            REASON_FOR_MESSAGE_UNSPECIFIED = 0,

            /** REASON_FOR_MESSAGE_REQUEST_RESPONSE value */
            REASON_FOR_MESSAGE_REQUEST_RESPONSE = 1,

            /** REASON_FOR_MESSAGE_STATUS_REQUEST_RESPONSE value */
            REASON_FOR_MESSAGE_STATUS_REQUEST_RESPONSE = 2,

            /** REASON_FOR_MESSAGE_RENEW_RESPONSE value */
            REASON_FOR_MESSAGE_RENEW_RESPONSE = 3,

            /** REASON_FOR_MESSAGE_CANCEL_RESPONSE value */
            REASON_FOR_MESSAGE_CANCEL_RESPONSE = 4,

            /** REASON_FOR_MESSAGE_STATUS_CHANGE value */
            REASON_FOR_MESSAGE_STATUS_CHANGE = 5,

            /** REASON_FOR_MESSAGE_NOTIFICATION value */
            REASON_FOR_MESSAGE_NOTIFICATION = 6
        }

        /** Status enum. */
        enum Status {

            /** STATUS_UNSPECIFIED value */
            STATUS_UNSPECIFIED = 0,

            /** STATUS_REQUEST_RECEIVED value */
            STATUS_REQUEST_RECEIVED = 1,

            /** STATUS_EXPECT_TO_SUPPLY value */
            STATUS_EXPECT_TO_SUPPLY = 2,

            /** STATUS_WILL_SUPPLY value */
            STATUS_WILL_SUPPLY = 3,

            /** STATUS_LOANED value */
            STATUS_LOANED = 4,

            /** STATUS_OVERDUE value */
            STATUS_OVERDUE = 5,

            /** STATUS_RECALLED value */
            STATUS_RECALLED = 6,

            /** STATUS_RETRY_POSSIBLE value */
            STATUS_RETRY_POSSIBLE = 7,

            /** STATUS_UNFILLED value */
            STATUS_UNFILLED = 8,

            /** STATUS_COPY_COMPLETED value */
            STATUS_COPY_COMPLETED = 9,

            /** STATUS_LOAN_COMPLETED value */
            STATUS_LOAN_COMPLETED = 10,

            /** STATUS_COMPLETED_WITHOUT_RETURN value */
            STATUS_COMPLETED_WITHOUT_RETURN = 11,

            /** STATUS_CANCELLED value */
            STATUS_CANCELLED = 12
        }

        /** Action enum. */
        enum Action {

            /** ACTION_UNSPECIFIED value */
            ACTION_UNSPECIFIED = 0,

            /** ACTION_STATUS_REQUEST value */
            ACTION_STATUS_REQUEST = 1,

            /** ACTION_RECEIVED value */
            ACTION_RECEIVED = 2,

            /** ACTION_CANCEL value */
            ACTION_CANCEL = 3,

            /** ACTION_RENEW value */
            ACTION_RENEW = 4,

            /** ACTION_SHIPPED_RETURN value */
            ACTION_SHIPPED_RETURN = 5,

            /** ACTION_SHIPPED_FORWARD value */
            ACTION_SHIPPED_FORWARD = 6,

            /** ACTION_NOTIFICATION value */
            ACTION_NOTIFICATION = 7
        }

        /** YesNo enum. */
        enum YesNo {

            /** YES_NO_UNSPECIFIED value */
            YES_NO_UNSPECIFIED = 0,

            /** YES_NO_Y value */
            YES_NO_Y = 1,

            /** YES_NO_N value */
            YES_NO_N = 2
        }

        /**
         * Properties of a SchemeValue.
         * @deprecated Use ilr.v1.SchemeValue.$Properties instead.
         */
        interface ISchemeValue extends ilr.v1.SchemeValue.$Properties {
        }

        /** Represents a SchemeValue. */
        class SchemeValue {

            /**
             * Constructs a new SchemeValue.
             * @param [properties] Properties to set
             */
            constructor(properties?: ilr.v1.SchemeValue.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SchemeValue value. */
            value: string;

            /** SchemeValue scheme. */
            scheme: string;

            /**
             * Creates a new SchemeValue instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SchemeValue instance
             */
            static create(properties: ilr.v1.SchemeValue.$Shape): ilr.v1.SchemeValue & ilr.v1.SchemeValue.$Shape;
            static create(properties?: ilr.v1.SchemeValue.$Properties): ilr.v1.SchemeValue;

            /**
             * Encodes the specified SchemeValue message. Does not implicitly {@link ilr.v1.SchemeValue.verify|verify} messages.
             * @param message SchemeValue message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ilr.v1.SchemeValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SchemeValue message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ilr.v1.SchemeValue & ilr.v1.SchemeValue.$Shape} SchemeValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ilr.v1.SchemeValue & ilr.v1.SchemeValue.$Shape;

            /**
             * Verifies a SchemeValue message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SchemeValue message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SchemeValue
             */
            static fromObject(object: { [k: string]: any }): ilr.v1.SchemeValue;

            /**
             * Creates a plain object from a SchemeValue message. Also converts values to other types if specified.
             * @param message SchemeValue
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ilr.v1.SchemeValue, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SchemeValue to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace SchemeValue {

            /** Properties of a SchemeValue. */
            interface $Properties {

                /** SchemeValue value */
                value?: (string|null);

                /** SchemeValue scheme */
                scheme?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SchemeValue. */
            type $Shape = ilr.v1.SchemeValue.$Properties;
        }

        /**
         * Properties of an AgencyId.
         * @deprecated Use ilr.v1.AgencyId.$Properties instead.
         */
        interface IAgencyId extends ilr.v1.AgencyId.$Properties {
        }

        /** Represents an AgencyId. */
        class AgencyId {

            /**
             * Constructs a new AgencyId.
             * @param [properties] Properties to set
             */
            constructor(properties?: ilr.v1.AgencyId.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AgencyId agencyIdType. */
            agencyIdType?: (ilr.v1.SchemeValue.$Properties|null);

            /** AgencyId agencyIdValue. */
            agencyIdValue: string;

            /**
             * Creates a new AgencyId instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AgencyId instance
             */
            static create(properties: ilr.v1.AgencyId.$Shape): ilr.v1.AgencyId & ilr.v1.AgencyId.$Shape;
            static create(properties?: ilr.v1.AgencyId.$Properties): ilr.v1.AgencyId;

            /**
             * Encodes the specified AgencyId message. Does not implicitly {@link ilr.v1.AgencyId.verify|verify} messages.
             * @param message AgencyId message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ilr.v1.AgencyId.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AgencyId message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ilr.v1.AgencyId & ilr.v1.AgencyId.$Shape} AgencyId
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ilr.v1.AgencyId & ilr.v1.AgencyId.$Shape;

            /**
             * Verifies an AgencyId message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an AgencyId message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AgencyId
             */
            static fromObject(object: { [k: string]: any }): ilr.v1.AgencyId;

            /**
             * Creates a plain object from an AgencyId message. Also converts values to other types if specified.
             * @param message AgencyId
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ilr.v1.AgencyId, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AgencyId to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace AgencyId {

            /** Properties of an AgencyId. */
            interface $Properties {

                /** AgencyId agencyIdType */
                agencyIdType?: (ilr.v1.SchemeValue.$Properties|null);

                /** AgencyId agencyIdValue */
                agencyIdValue?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AgencyId. */
            type $Shape = ilr.v1.AgencyId.$Properties;
        }

        /**
         * Properties of a Costs.
         * @deprecated Use ilr.v1.Costs.$Properties instead.
         */
        interface ICosts extends ilr.v1.Costs.$Properties {
        }

        /** Represents a Costs. */
        class Costs {

            /**
             * Constructs a new Costs.
             * @param [properties] Properties to set
             */
            constructor(properties?: ilr.v1.Costs.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Costs currencyCode. */
            currencyCode?: (ilr.v1.SchemeValue.$Properties|null);

            /** Costs monetaryValue. */
            monetaryValue: string;

            /**
             * Creates a new Costs instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Costs instance
             */
            static create(properties: ilr.v1.Costs.$Shape): ilr.v1.Costs & ilr.v1.Costs.$Shape;
            static create(properties?: ilr.v1.Costs.$Properties): ilr.v1.Costs;

            /**
             * Encodes the specified Costs message. Does not implicitly {@link ilr.v1.Costs.verify|verify} messages.
             * @param message Costs message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ilr.v1.Costs.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Costs message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ilr.v1.Costs & ilr.v1.Costs.$Shape} Costs
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ilr.v1.Costs & ilr.v1.Costs.$Shape;

            /**
             * Verifies a Costs message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Costs message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Costs
             */
            static fromObject(object: { [k: string]: any }): ilr.v1.Costs;

            /**
             * Creates a plain object from a Costs message. Also converts values to other types if specified.
             * @param message Costs
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ilr.v1.Costs, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Costs to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Costs {

            /** Properties of a Costs. */
            interface $Properties {

                /** Costs currencyCode */
                currencyCode?: (ilr.v1.SchemeValue.$Properties|null);

                /** Costs monetaryValue */
                monetaryValue?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Costs. */
            type $Shape = ilr.v1.Costs.$Properties;
        }

        /**
         * Properties of an IsoHeader.
         * @deprecated Use ilr.v1.IsoHeader.$Properties instead.
         */
        interface IIsoHeader extends ilr.v1.IsoHeader.$Properties {
        }

        /** Represents an IsoHeader. */
        class IsoHeader {

            /**
             * Constructs a new IsoHeader.
             * @param [properties] Properties to set
             */
            constructor(properties?: ilr.v1.IsoHeader.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IsoHeader supplyingAgencyId. */
            supplyingAgencyId?: (ilr.v1.AgencyId.$Properties|null);

            /** IsoHeader requestingAgencyId. */
            requestingAgencyId?: (ilr.v1.AgencyId.$Properties|null);

            /** IsoHeader multipleItemRequestId. */
            multipleItemRequestId: string;

            /** IsoHeader timestamp. */
            timestamp: string;

            /** IsoHeader requestingAgencyRequestId. */
            requestingAgencyRequestId: string;

            /** IsoHeader supplyingAgencyRequestId. */
            supplyingAgencyRequestId: string;

            /**
             * Creates a new IsoHeader instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IsoHeader instance
             */
            static create(properties: ilr.v1.IsoHeader.$Shape): ilr.v1.IsoHeader & ilr.v1.IsoHeader.$Shape;
            static create(properties?: ilr.v1.IsoHeader.$Properties): ilr.v1.IsoHeader;

            /**
             * Encodes the specified IsoHeader message. Does not implicitly {@link ilr.v1.IsoHeader.verify|verify} messages.
             * @param message IsoHeader message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ilr.v1.IsoHeader.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an IsoHeader message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ilr.v1.IsoHeader & ilr.v1.IsoHeader.$Shape} IsoHeader
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ilr.v1.IsoHeader & ilr.v1.IsoHeader.$Shape;

            /**
             * Verifies an IsoHeader message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an IsoHeader message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IsoHeader
             */
            static fromObject(object: { [k: string]: any }): ilr.v1.IsoHeader;

            /**
             * Creates a plain object from an IsoHeader message. Also converts values to other types if specified.
             * @param message IsoHeader
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ilr.v1.IsoHeader, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IsoHeader to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace IsoHeader {

            /** Properties of an IsoHeader. */
            interface $Properties {

                /** IsoHeader supplyingAgencyId */
                supplyingAgencyId?: (ilr.v1.AgencyId.$Properties|null);

                /** IsoHeader requestingAgencyId */
                requestingAgencyId?: (ilr.v1.AgencyId.$Properties|null);

                /** IsoHeader multipleItemRequestId */
                multipleItemRequestId?: (string|null);

                /** IsoHeader timestamp */
                timestamp?: (string|null);

                /** IsoHeader requestingAgencyRequestId */
                requestingAgencyRequestId?: (string|null);

                /** IsoHeader supplyingAgencyRequestId */
                supplyingAgencyRequestId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an IsoHeader. */
            type $Shape = ilr.v1.IsoHeader.$Properties;
        }

        /**
         * Properties of a BibliographicItemId.
         * @deprecated Use ilr.v1.BibliographicItemId.$Properties instead.
         */
        interface IBibliographicItemId extends ilr.v1.BibliographicItemId.$Properties {
        }

        /** Represents a BibliographicItemId. */
        class BibliographicItemId {

            /**
             * Constructs a new BibliographicItemId.
             * @param [properties] Properties to set
             */
            constructor(properties?: ilr.v1.BibliographicItemId.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** BibliographicItemId bibliographicItemIdentifier. */
            bibliographicItemIdentifier: string;

            /** BibliographicItemId bibliographicItemIdentifierCode. */
            bibliographicItemIdentifierCode?: (ilr.v1.SchemeValue.$Properties|null);

            /**
             * Creates a new BibliographicItemId instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BibliographicItemId instance
             */
            static create(properties: ilr.v1.BibliographicItemId.$Shape): ilr.v1.BibliographicItemId & ilr.v1.BibliographicItemId.$Shape;
            static create(properties?: ilr.v1.BibliographicItemId.$Properties): ilr.v1.BibliographicItemId;

            /**
             * Encodes the specified BibliographicItemId message. Does not implicitly {@link ilr.v1.BibliographicItemId.verify|verify} messages.
             * @param message BibliographicItemId message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ilr.v1.BibliographicItemId.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BibliographicItemId message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ilr.v1.BibliographicItemId & ilr.v1.BibliographicItemId.$Shape} BibliographicItemId
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ilr.v1.BibliographicItemId & ilr.v1.BibliographicItemId.$Shape;

            /**
             * Verifies a BibliographicItemId message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a BibliographicItemId message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns BibliographicItemId
             */
            static fromObject(object: { [k: string]: any }): ilr.v1.BibliographicItemId;

            /**
             * Creates a plain object from a BibliographicItemId message. Also converts values to other types if specified.
             * @param message BibliographicItemId
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ilr.v1.BibliographicItemId, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this BibliographicItemId to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace BibliographicItemId {

            /** Properties of a BibliographicItemId. */
            interface $Properties {

                /** BibliographicItemId bibliographicItemIdentifier */
                bibliographicItemIdentifier?: (string|null);

                /** BibliographicItemId bibliographicItemIdentifierCode */
                bibliographicItemIdentifierCode?: (ilr.v1.SchemeValue.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a BibliographicItemId. */
            type $Shape = ilr.v1.BibliographicItemId.$Properties;
        }

        /**
         * Properties of a BibliographicRecordId.
         * @deprecated Use ilr.v1.BibliographicRecordId.$Properties instead.
         */
        interface IBibliographicRecordId extends ilr.v1.BibliographicRecordId.$Properties {
        }

        /** Represents a BibliographicRecordId. */
        class BibliographicRecordId {

            /**
             * Constructs a new BibliographicRecordId.
             * @param [properties] Properties to set
             */
            constructor(properties?: ilr.v1.BibliographicRecordId.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** BibliographicRecordId bibliographicRecordIdentifierCode. */
            bibliographicRecordIdentifierCode?: (ilr.v1.SchemeValue.$Properties|null);

            /** BibliographicRecordId bibliographicRecordIdentifier. */
            bibliographicRecordIdentifier: string;

            /**
             * Creates a new BibliographicRecordId instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BibliographicRecordId instance
             */
            static create(properties: ilr.v1.BibliographicRecordId.$Shape): ilr.v1.BibliographicRecordId & ilr.v1.BibliographicRecordId.$Shape;
            static create(properties?: ilr.v1.BibliographicRecordId.$Properties): ilr.v1.BibliographicRecordId;

            /**
             * Encodes the specified BibliographicRecordId message. Does not implicitly {@link ilr.v1.BibliographicRecordId.verify|verify} messages.
             * @param message BibliographicRecordId message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ilr.v1.BibliographicRecordId.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BibliographicRecordId message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ilr.v1.BibliographicRecordId & ilr.v1.BibliographicRecordId.$Shape} BibliographicRecordId
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ilr.v1.BibliographicRecordId & ilr.v1.BibliographicRecordId.$Shape;

            /**
             * Verifies a BibliographicRecordId message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a BibliographicRecordId message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns BibliographicRecordId
             */
            static fromObject(object: { [k: string]: any }): ilr.v1.BibliographicRecordId;

            /**
             * Creates a plain object from a BibliographicRecordId message. Also converts values to other types if specified.
             * @param message BibliographicRecordId
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ilr.v1.BibliographicRecordId, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this BibliographicRecordId to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace BibliographicRecordId {

            /** Properties of a BibliographicRecordId. */
            interface $Properties {

                /** BibliographicRecordId bibliographicRecordIdentifierCode */
                bibliographicRecordIdentifierCode?: (ilr.v1.SchemeValue.$Properties|null);

                /** BibliographicRecordId bibliographicRecordIdentifier */
                bibliographicRecordIdentifier?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a BibliographicRecordId. */
            type $Shape = ilr.v1.BibliographicRecordId.$Properties;
        }

        /**
         * Properties of a BibliographicInfo.
         * @deprecated Use ilr.v1.BibliographicInfo.$Properties instead.
         */
        interface IBibliographicInfo extends ilr.v1.BibliographicInfo.$Properties {
        }

        /** Represents a BibliographicInfo. */
        class BibliographicInfo {

            /**
             * Constructs a new BibliographicInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: ilr.v1.BibliographicInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** BibliographicInfo supplierUniqueRecordId. */
            supplierUniqueRecordId: string;

            /** BibliographicInfo title. */
            title: string;

            /** BibliographicInfo author. */
            author: string;

            /** BibliographicInfo subtitle. */
            subtitle: string;

            /** BibliographicInfo seriesTitle. */
            seriesTitle: string;

            /** BibliographicInfo edition. */
            edition: string;

            /** BibliographicInfo titleOfComponent. */
            titleOfComponent: string;

            /** BibliographicInfo authorOfComponent. */
            authorOfComponent: string;

            /** BibliographicInfo volume. */
            volume: string;

            /** BibliographicInfo issue. */
            issue: string;

            /** BibliographicInfo pagesRequested. */
            pagesRequested: string;

            /** BibliographicInfo estimatedNoPages. */
            estimatedNoPages: string;

            /** BibliographicInfo bibliographicItemId. */
            bibliographicItemId: ilr.v1.BibliographicItemId.$Properties[];

            /** BibliographicInfo sponsor. */
            sponsor: string;

            /** BibliographicInfo informationSource. */
            informationSource: string;

            /** BibliographicInfo bibliographicRecordId. */
            bibliographicRecordId: ilr.v1.BibliographicRecordId.$Properties[];

            /**
             * Creates a new BibliographicInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BibliographicInfo instance
             */
            static create(properties: ilr.v1.BibliographicInfo.$Shape): ilr.v1.BibliographicInfo & ilr.v1.BibliographicInfo.$Shape;
            static create(properties?: ilr.v1.BibliographicInfo.$Properties): ilr.v1.BibliographicInfo;

            /**
             * Encodes the specified BibliographicInfo message. Does not implicitly {@link ilr.v1.BibliographicInfo.verify|verify} messages.
             * @param message BibliographicInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ilr.v1.BibliographicInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BibliographicInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ilr.v1.BibliographicInfo & ilr.v1.BibliographicInfo.$Shape} BibliographicInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ilr.v1.BibliographicInfo & ilr.v1.BibliographicInfo.$Shape;

            /**
             * Verifies a BibliographicInfo message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a BibliographicInfo message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns BibliographicInfo
             */
            static fromObject(object: { [k: string]: any }): ilr.v1.BibliographicInfo;

            /**
             * Creates a plain object from a BibliographicInfo message. Also converts values to other types if specified.
             * @param message BibliographicInfo
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ilr.v1.BibliographicInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this BibliographicInfo to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace BibliographicInfo {

            /** Properties of a BibliographicInfo. */
            interface $Properties {

                /** BibliographicInfo supplierUniqueRecordId */
                supplierUniqueRecordId?: (string|null);

                /** BibliographicInfo title */
                title?: (string|null);

                /** BibliographicInfo author */
                author?: (string|null);

                /** BibliographicInfo subtitle */
                subtitle?: (string|null);

                /** BibliographicInfo seriesTitle */
                seriesTitle?: (string|null);

                /** BibliographicInfo edition */
                edition?: (string|null);

                /** BibliographicInfo titleOfComponent */
                titleOfComponent?: (string|null);

                /** BibliographicInfo authorOfComponent */
                authorOfComponent?: (string|null);

                /** BibliographicInfo volume */
                volume?: (string|null);

                /** BibliographicInfo issue */
                issue?: (string|null);

                /** BibliographicInfo pagesRequested */
                pagesRequested?: (string|null);

                /** BibliographicInfo estimatedNoPages */
                estimatedNoPages?: (string|null);

                /** BibliographicInfo bibliographicItemId */
                bibliographicItemId?: (ilr.v1.BibliographicItemId.$Properties[]|null);

                /** BibliographicInfo sponsor */
                sponsor?: (string|null);

                /** BibliographicInfo informationSource */
                informationSource?: (string|null);

                /** BibliographicInfo bibliographicRecordId */
                bibliographicRecordId?: (ilr.v1.BibliographicRecordId.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a BibliographicInfo. */
            type $Shape = ilr.v1.BibliographicInfo.$Properties;
        }

        /**
         * Properties of a PublicationInfo.
         * @deprecated Use ilr.v1.PublicationInfo.$Properties instead.
         */
        interface IPublicationInfo extends ilr.v1.PublicationInfo.$Properties {
        }

        /** Represents a PublicationInfo. */
        class PublicationInfo {

            /**
             * Constructs a new PublicationInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: ilr.v1.PublicationInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PublicationInfo publisher. */
            publisher: string;

            /** PublicationInfo publicationType. */
            publicationType?: (ilr.v1.SchemeValue.$Properties|null);

            /** PublicationInfo publicationDate. */
            publicationDate: string;

            /** PublicationInfo placeOfPublication. */
            placeOfPublication: string;

            /**
             * Creates a new PublicationInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PublicationInfo instance
             */
            static create(properties: ilr.v1.PublicationInfo.$Shape): ilr.v1.PublicationInfo & ilr.v1.PublicationInfo.$Shape;
            static create(properties?: ilr.v1.PublicationInfo.$Properties): ilr.v1.PublicationInfo;

            /**
             * Encodes the specified PublicationInfo message. Does not implicitly {@link ilr.v1.PublicationInfo.verify|verify} messages.
             * @param message PublicationInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ilr.v1.PublicationInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PublicationInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ilr.v1.PublicationInfo & ilr.v1.PublicationInfo.$Shape} PublicationInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ilr.v1.PublicationInfo & ilr.v1.PublicationInfo.$Shape;

            /**
             * Verifies a PublicationInfo message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PublicationInfo message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PublicationInfo
             */
            static fromObject(object: { [k: string]: any }): ilr.v1.PublicationInfo;

            /**
             * Creates a plain object from a PublicationInfo message. Also converts values to other types if specified.
             * @param message PublicationInfo
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ilr.v1.PublicationInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PublicationInfo to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace PublicationInfo {

            /** Properties of a PublicationInfo. */
            interface $Properties {

                /** PublicationInfo publisher */
                publisher?: (string|null);

                /** PublicationInfo publicationType */
                publicationType?: (ilr.v1.SchemeValue.$Properties|null);

                /** PublicationInfo publicationDate */
                publicationDate?: (string|null);

                /** PublicationInfo placeOfPublication */
                placeOfPublication?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PublicationInfo. */
            type $Shape = ilr.v1.PublicationInfo.$Properties;
        }

        /**
         * Properties of a ServiceInfo.
         * @deprecated Use ilr.v1.ServiceInfo.$Properties instead.
         */
        interface IServiceInfo extends ilr.v1.ServiceInfo.$Properties {
        }

        /** Represents a ServiceInfo. */
        class ServiceInfo {

            /**
             * Constructs a new ServiceInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: ilr.v1.ServiceInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ServiceInfo requestType. */
            requestType: ilr.v1.RequestType;

            /** ServiceInfo requestSubType. */
            requestSubType: ilr.v1.RequestSubType[];

            /** ServiceInfo requestingAgencyPreviousRequestId. */
            requestingAgencyPreviousRequestId: string;

            /** ServiceInfo serviceType. */
            serviceType: ilr.v1.ServiceType;

            /** ServiceInfo serviceLevel. */
            serviceLevel?: (ilr.v1.SchemeValue.$Properties|null);

            /** ServiceInfo preferredFormat. */
            preferredFormat?: (ilr.v1.SchemeValue.$Properties|null);

            /** ServiceInfo needBeforeDate. */
            needBeforeDate: string;

            /** ServiceInfo copyrightCompliance. */
            copyrightCompliance?: (ilr.v1.SchemeValue.$Properties|null);

            /** ServiceInfo anyEdition. */
            anyEdition: ilr.v1.YesNo;

            /** ServiceInfo startDate. */
            startDate: string;

            /** ServiceInfo endDate. */
            endDate: string;

            /** ServiceInfo note. */
            note: string;

            /**
             * Creates a new ServiceInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ServiceInfo instance
             */
            static create(properties: ilr.v1.ServiceInfo.$Shape): ilr.v1.ServiceInfo & ilr.v1.ServiceInfo.$Shape;
            static create(properties?: ilr.v1.ServiceInfo.$Properties): ilr.v1.ServiceInfo;

            /**
             * Encodes the specified ServiceInfo message. Does not implicitly {@link ilr.v1.ServiceInfo.verify|verify} messages.
             * @param message ServiceInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ilr.v1.ServiceInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ServiceInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ilr.v1.ServiceInfo & ilr.v1.ServiceInfo.$Shape} ServiceInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ilr.v1.ServiceInfo & ilr.v1.ServiceInfo.$Shape;

            /**
             * Verifies a ServiceInfo message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ServiceInfo message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ServiceInfo
             */
            static fromObject(object: { [k: string]: any }): ilr.v1.ServiceInfo;

            /**
             * Creates a plain object from a ServiceInfo message. Also converts values to other types if specified.
             * @param message ServiceInfo
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ilr.v1.ServiceInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ServiceInfo to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace ServiceInfo {

            /** Properties of a ServiceInfo. */
            interface $Properties {

                /** ServiceInfo requestType */
                requestType?: (ilr.v1.RequestType|null);

                /** ServiceInfo requestSubType */
                requestSubType?: (ilr.v1.RequestSubType[]|null);

                /** ServiceInfo requestingAgencyPreviousRequestId */
                requestingAgencyPreviousRequestId?: (string|null);

                /** ServiceInfo serviceType */
                serviceType?: (ilr.v1.ServiceType|null);

                /** ServiceInfo serviceLevel */
                serviceLevel?: (ilr.v1.SchemeValue.$Properties|null);

                /** ServiceInfo preferredFormat */
                preferredFormat?: (ilr.v1.SchemeValue.$Properties|null);

                /** ServiceInfo needBeforeDate */
                needBeforeDate?: (string|null);

                /** ServiceInfo copyrightCompliance */
                copyrightCompliance?: (ilr.v1.SchemeValue.$Properties|null);

                /** ServiceInfo anyEdition */
                anyEdition?: (ilr.v1.YesNo|null);

                /** ServiceInfo startDate */
                startDate?: (string|null);

                /** ServiceInfo endDate */
                endDate?: (string|null);

                /** ServiceInfo note */
                note?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ServiceInfo. */
            type $Shape = ilr.v1.ServiceInfo.$Properties;
        }

        /**
         * Properties of a SupplierInfo.
         * @deprecated Use ilr.v1.SupplierInfo.$Properties instead.
         */
        interface ISupplierInfo extends ilr.v1.SupplierInfo.$Properties {
        }

        /** Represents a SupplierInfo. */
        class SupplierInfo {

            /**
             * Constructs a new SupplierInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: ilr.v1.SupplierInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SupplierInfo sortOrder. */
            sortOrder: number;

            /** SupplierInfo supplierCode. */
            supplierCode?: (ilr.v1.AgencyId.$Properties|null);

            /** SupplierInfo supplierDescription. */
            supplierDescription: string;

            /** SupplierInfo bibliographicRecordId. */
            bibliographicRecordId?: (ilr.v1.BibliographicRecordId.$Properties|null);

            /** SupplierInfo callNumber. */
            callNumber: string;

            /** SupplierInfo summaryHoldings. */
            summaryHoldings: string;

            /** SupplierInfo availabilityNote. */
            availabilityNote: string;

            /**
             * Creates a new SupplierInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SupplierInfo instance
             */
            static create(properties: ilr.v1.SupplierInfo.$Shape): ilr.v1.SupplierInfo & ilr.v1.SupplierInfo.$Shape;
            static create(properties?: ilr.v1.SupplierInfo.$Properties): ilr.v1.SupplierInfo;

            /**
             * Encodes the specified SupplierInfo message. Does not implicitly {@link ilr.v1.SupplierInfo.verify|verify} messages.
             * @param message SupplierInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ilr.v1.SupplierInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SupplierInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ilr.v1.SupplierInfo & ilr.v1.SupplierInfo.$Shape} SupplierInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ilr.v1.SupplierInfo & ilr.v1.SupplierInfo.$Shape;

            /**
             * Verifies a SupplierInfo message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SupplierInfo message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SupplierInfo
             */
            static fromObject(object: { [k: string]: any }): ilr.v1.SupplierInfo;

            /**
             * Creates a plain object from a SupplierInfo message. Also converts values to other types if specified.
             * @param message SupplierInfo
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ilr.v1.SupplierInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SupplierInfo to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace SupplierInfo {

            /** Properties of a SupplierInfo. */
            interface $Properties {

                /** SupplierInfo sortOrder */
                sortOrder?: (number|null);

                /** SupplierInfo supplierCode */
                supplierCode?: (ilr.v1.AgencyId.$Properties|null);

                /** SupplierInfo supplierDescription */
                supplierDescription?: (string|null);

                /** SupplierInfo bibliographicRecordId */
                bibliographicRecordId?: (ilr.v1.BibliographicRecordId.$Properties|null);

                /** SupplierInfo callNumber */
                callNumber?: (string|null);

                /** SupplierInfo summaryHoldings */
                summaryHoldings?: (string|null);

                /** SupplierInfo availabilityNote */
                availabilityNote?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SupplierInfo. */
            type $Shape = ilr.v1.SupplierInfo.$Properties;
        }

        /**
         * Properties of a RequestedDeliveryInfo.
         * @deprecated Use ilr.v1.RequestedDeliveryInfo.$Properties instead.
         */
        interface IRequestedDeliveryInfo extends ilr.v1.RequestedDeliveryInfo.$Properties {
        }

        /** Represents a RequestedDeliveryInfo. */
        class RequestedDeliveryInfo {

            /**
             * Constructs a new RequestedDeliveryInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: ilr.v1.RequestedDeliveryInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RequestedDeliveryInfo sortOrder. */
            sortOrder: number;

            /** RequestedDeliveryInfo library. */
            library: string;

            /**
             * Creates a new RequestedDeliveryInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RequestedDeliveryInfo instance
             */
            static create(properties: ilr.v1.RequestedDeliveryInfo.$Shape): ilr.v1.RequestedDeliveryInfo & ilr.v1.RequestedDeliveryInfo.$Shape;
            static create(properties?: ilr.v1.RequestedDeliveryInfo.$Properties): ilr.v1.RequestedDeliveryInfo;

            /**
             * Encodes the specified RequestedDeliveryInfo message. Does not implicitly {@link ilr.v1.RequestedDeliveryInfo.verify|verify} messages.
             * @param message RequestedDeliveryInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ilr.v1.RequestedDeliveryInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RequestedDeliveryInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ilr.v1.RequestedDeliveryInfo & ilr.v1.RequestedDeliveryInfo.$Shape} RequestedDeliveryInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ilr.v1.RequestedDeliveryInfo & ilr.v1.RequestedDeliveryInfo.$Shape;

            /**
             * Verifies a RequestedDeliveryInfo message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RequestedDeliveryInfo message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RequestedDeliveryInfo
             */
            static fromObject(object: { [k: string]: any }): ilr.v1.RequestedDeliveryInfo;

            /**
             * Creates a plain object from a RequestedDeliveryInfo message. Also converts values to other types if specified.
             * @param message RequestedDeliveryInfo
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ilr.v1.RequestedDeliveryInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RequestedDeliveryInfo to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace RequestedDeliveryInfo {

            /** Properties of a RequestedDeliveryInfo. */
            interface $Properties {

                /** RequestedDeliveryInfo sortOrder */
                sortOrder?: (number|null);

                /** RequestedDeliveryInfo library */
                library?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RequestedDeliveryInfo. */
            type $Shape = ilr.v1.RequestedDeliveryInfo.$Properties;
        }

        /**
         * Properties of a BillingInfo.
         * @deprecated Use ilr.v1.BillingInfo.$Properties instead.
         */
        interface IBillingInfo extends ilr.v1.BillingInfo.$Properties {
        }

        /** Represents a BillingInfo. */
        class BillingInfo {

            /**
             * Constructs a new BillingInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: ilr.v1.BillingInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** BillingInfo paymentMethod. */
            paymentMethod?: (ilr.v1.SchemeValue.$Properties|null);

            /** BillingInfo maximumCosts. */
            maximumCosts?: (ilr.v1.Costs.$Properties|null);

            /** BillingInfo billingMethod. */
            billingMethod?: (ilr.v1.SchemeValue.$Properties|null);

            /**
             * Creates a new BillingInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BillingInfo instance
             */
            static create(properties: ilr.v1.BillingInfo.$Shape): ilr.v1.BillingInfo & ilr.v1.BillingInfo.$Shape;
            static create(properties?: ilr.v1.BillingInfo.$Properties): ilr.v1.BillingInfo;

            /**
             * Encodes the specified BillingInfo message. Does not implicitly {@link ilr.v1.BillingInfo.verify|verify} messages.
             * @param message BillingInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ilr.v1.BillingInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BillingInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ilr.v1.BillingInfo & ilr.v1.BillingInfo.$Shape} BillingInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ilr.v1.BillingInfo & ilr.v1.BillingInfo.$Shape;

            /**
             * Verifies a BillingInfo message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a BillingInfo message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns BillingInfo
             */
            static fromObject(object: { [k: string]: any }): ilr.v1.BillingInfo;

            /**
             * Creates a plain object from a BillingInfo message. Also converts values to other types if specified.
             * @param message BillingInfo
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ilr.v1.BillingInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this BillingInfo to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace BillingInfo {

            /** Properties of a BillingInfo. */
            interface $Properties {

                /** BillingInfo paymentMethod */
                paymentMethod?: (ilr.v1.SchemeValue.$Properties|null);

                /** BillingInfo maximumCosts */
                maximumCosts?: (ilr.v1.Costs.$Properties|null);

                /** BillingInfo billingMethod */
                billingMethod?: (ilr.v1.SchemeValue.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a BillingInfo. */
            type $Shape = ilr.v1.BillingInfo.$Properties;
        }

        /**
         * Properties of a LoanRequest.
         * @deprecated Use ilr.v1.LoanRequest.$Properties instead.
         */
        interface ILoanRequest extends ilr.v1.LoanRequest.$Properties {
        }

        /** Represents a LoanRequest. */
        class LoanRequest {

            /**
             * Constructs a new LoanRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: ilr.v1.LoanRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LoanRequest header. */
            header?: (ilr.v1.IsoHeader.$Properties|null);

            /** LoanRequest bibliographicInfo. */
            bibliographicInfo?: (ilr.v1.BibliographicInfo.$Properties|null);

            /** LoanRequest publicationInfo. */
            publicationInfo?: (ilr.v1.PublicationInfo.$Properties|null);

            /** LoanRequest serviceInfo. */
            serviceInfo?: (ilr.v1.ServiceInfo.$Properties|null);

            /** LoanRequest supplierInfo. */
            supplierInfo: ilr.v1.SupplierInfo.$Properties[];

            /** LoanRequest requestedDeliveryInfo. */
            requestedDeliveryInfo: ilr.v1.RequestedDeliveryInfo.$Properties[];

            /** LoanRequest patron. */
            patron?: (ilr.v1.PatronRef.$Properties|null);

            /** LoanRequest billingInfo. */
            billingInfo?: (ilr.v1.BillingInfo.$Properties|null);

            /**
             * Creates a new LoanRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LoanRequest instance
             */
            static create(properties: ilr.v1.LoanRequest.$Shape): ilr.v1.LoanRequest & ilr.v1.LoanRequest.$Shape;
            static create(properties?: ilr.v1.LoanRequest.$Properties): ilr.v1.LoanRequest;

            /**
             * Encodes the specified LoanRequest message. Does not implicitly {@link ilr.v1.LoanRequest.verify|verify} messages.
             * @param message LoanRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ilr.v1.LoanRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LoanRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ilr.v1.LoanRequest & ilr.v1.LoanRequest.$Shape} LoanRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ilr.v1.LoanRequest & ilr.v1.LoanRequest.$Shape;

            /**
             * Verifies a LoanRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a LoanRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns LoanRequest
             */
            static fromObject(object: { [k: string]: any }): ilr.v1.LoanRequest;

            /**
             * Creates a plain object from a LoanRequest message. Also converts values to other types if specified.
             * @param message LoanRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ilr.v1.LoanRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LoanRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace LoanRequest {

            /** Properties of a LoanRequest. */
            interface $Properties {

                /** LoanRequest header */
                header?: (ilr.v1.IsoHeader.$Properties|null);

                /** LoanRequest bibliographicInfo */
                bibliographicInfo?: (ilr.v1.BibliographicInfo.$Properties|null);

                /** LoanRequest publicationInfo */
                publicationInfo?: (ilr.v1.PublicationInfo.$Properties|null);

                /** LoanRequest serviceInfo */
                serviceInfo?: (ilr.v1.ServiceInfo.$Properties|null);

                /** LoanRequest supplierInfo */
                supplierInfo?: (ilr.v1.SupplierInfo.$Properties[]|null);

                /** LoanRequest requestedDeliveryInfo */
                requestedDeliveryInfo?: (ilr.v1.RequestedDeliveryInfo.$Properties[]|null);

                /** LoanRequest patron */
                patron?: (ilr.v1.PatronRef.$Properties|null);

                /** LoanRequest billingInfo */
                billingInfo?: (ilr.v1.BillingInfo.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LoanRequest. */
            type $Shape = ilr.v1.LoanRequest.$Properties;
        }

        /**
         * Properties of a MessageInfo.
         * @deprecated Use ilr.v1.MessageInfo.$Properties instead.
         */
        interface IMessageInfo extends ilr.v1.MessageInfo.$Properties {
        }

        /** Represents a MessageInfo. */
        class MessageInfo {

            /**
             * Constructs a new MessageInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: ilr.v1.MessageInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MessageInfo reasonForMessage. */
            reasonForMessage: ilr.v1.ReasonForMessage;

            /** MessageInfo answerYesNo. */
            answerYesNo: ilr.v1.YesNo;

            /** MessageInfo note. */
            note: string;

            /** MessageInfo reasonUnfilled. */
            reasonUnfilled?: (ilr.v1.SchemeValue.$Properties|null);

            /** MessageInfo reasonRetry. */
            reasonRetry?: (ilr.v1.SchemeValue.$Properties|null);

            /** MessageInfo offeredCosts. */
            offeredCosts?: (ilr.v1.Costs.$Properties|null);

            /** MessageInfo retryAfter. */
            retryAfter: string;

            /** MessageInfo retryBefore. */
            retryBefore: string;

            /**
             * Creates a new MessageInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MessageInfo instance
             */
            static create(properties: ilr.v1.MessageInfo.$Shape): ilr.v1.MessageInfo & ilr.v1.MessageInfo.$Shape;
            static create(properties?: ilr.v1.MessageInfo.$Properties): ilr.v1.MessageInfo;

            /**
             * Encodes the specified MessageInfo message. Does not implicitly {@link ilr.v1.MessageInfo.verify|verify} messages.
             * @param message MessageInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ilr.v1.MessageInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MessageInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ilr.v1.MessageInfo & ilr.v1.MessageInfo.$Shape} MessageInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ilr.v1.MessageInfo & ilr.v1.MessageInfo.$Shape;

            /**
             * Verifies a MessageInfo message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a MessageInfo message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns MessageInfo
             */
            static fromObject(object: { [k: string]: any }): ilr.v1.MessageInfo;

            /**
             * Creates a plain object from a MessageInfo message. Also converts values to other types if specified.
             * @param message MessageInfo
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ilr.v1.MessageInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this MessageInfo to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace MessageInfo {

            /** Properties of a MessageInfo. */
            interface $Properties {

                /** MessageInfo reasonForMessage */
                reasonForMessage?: (ilr.v1.ReasonForMessage|null);

                /** MessageInfo answerYesNo */
                answerYesNo?: (ilr.v1.YesNo|null);

                /** MessageInfo note */
                note?: (string|null);

                /** MessageInfo reasonUnfilled */
                reasonUnfilled?: (ilr.v1.SchemeValue.$Properties|null);

                /** MessageInfo reasonRetry */
                reasonRetry?: (ilr.v1.SchemeValue.$Properties|null);

                /** MessageInfo offeredCosts */
                offeredCosts?: (ilr.v1.Costs.$Properties|null);

                /** MessageInfo retryAfter */
                retryAfter?: (string|null);

                /** MessageInfo retryBefore */
                retryBefore?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MessageInfo. */
            type $Shape = ilr.v1.MessageInfo.$Properties;
        }

        /**
         * Properties of a StatusInfo.
         * @deprecated Use ilr.v1.StatusInfo.$Properties instead.
         */
        interface IStatusInfo extends ilr.v1.StatusInfo.$Properties {
        }

        /** Represents a StatusInfo. */
        class StatusInfo {

            /**
             * Constructs a new StatusInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: ilr.v1.StatusInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StatusInfo status. */
            status: ilr.v1.Status;

            /** StatusInfo expectedDeliveryDate. */
            expectedDeliveryDate: string;

            /** StatusInfo dueDate. */
            dueDate: string;

            /** StatusInfo lastChange. */
            lastChange: string;

            /**
             * Creates a new StatusInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StatusInfo instance
             */
            static create(properties: ilr.v1.StatusInfo.$Shape): ilr.v1.StatusInfo & ilr.v1.StatusInfo.$Shape;
            static create(properties?: ilr.v1.StatusInfo.$Properties): ilr.v1.StatusInfo;

            /**
             * Encodes the specified StatusInfo message. Does not implicitly {@link ilr.v1.StatusInfo.verify|verify} messages.
             * @param message StatusInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ilr.v1.StatusInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StatusInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ilr.v1.StatusInfo & ilr.v1.StatusInfo.$Shape} StatusInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ilr.v1.StatusInfo & ilr.v1.StatusInfo.$Shape;

            /**
             * Verifies a StatusInfo message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a StatusInfo message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns StatusInfo
             */
            static fromObject(object: { [k: string]: any }): ilr.v1.StatusInfo;

            /**
             * Creates a plain object from a StatusInfo message. Also converts values to other types if specified.
             * @param message StatusInfo
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ilr.v1.StatusInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this StatusInfo to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace StatusInfo {

            /** Properties of a StatusInfo. */
            interface $Properties {

                /** StatusInfo status */
                status?: (ilr.v1.Status|null);

                /** StatusInfo expectedDeliveryDate */
                expectedDeliveryDate?: (string|null);

                /** StatusInfo dueDate */
                dueDate?: (string|null);

                /** StatusInfo lastChange */
                lastChange?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StatusInfo. */
            type $Shape = ilr.v1.StatusInfo.$Properties;
        }

        /**
         * Properties of a DeliveryInfo.
         * @deprecated Use ilr.v1.DeliveryInfo.$Properties instead.
         */
        interface IDeliveryInfo extends ilr.v1.DeliveryInfo.$Properties {
        }

        /** Represents a DeliveryInfo. */
        class DeliveryInfo {

            /**
             * Constructs a new DeliveryInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: ilr.v1.DeliveryInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DeliveryInfo dateSent. */
            dateSent: string;

            /** DeliveryInfo itemId. */
            itemId: string;

            /** DeliveryInfo sentVia. */
            sentVia?: (ilr.v1.SchemeValue.$Properties|null);

            /** DeliveryInfo sentToPatron. */
            sentToPatron: boolean;

            /** DeliveryInfo loanCondition. */
            loanCondition?: (ilr.v1.SchemeValue.$Properties|null);

            /** DeliveryInfo deliveredFormat. */
            deliveredFormat?: (ilr.v1.SchemeValue.$Properties|null);

            /** DeliveryInfo deliveryCosts. */
            deliveryCosts?: (ilr.v1.Costs.$Properties|null);

            /**
             * Creates a new DeliveryInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DeliveryInfo instance
             */
            static create(properties: ilr.v1.DeliveryInfo.$Shape): ilr.v1.DeliveryInfo & ilr.v1.DeliveryInfo.$Shape;
            static create(properties?: ilr.v1.DeliveryInfo.$Properties): ilr.v1.DeliveryInfo;

            /**
             * Encodes the specified DeliveryInfo message. Does not implicitly {@link ilr.v1.DeliveryInfo.verify|verify} messages.
             * @param message DeliveryInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ilr.v1.DeliveryInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DeliveryInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ilr.v1.DeliveryInfo & ilr.v1.DeliveryInfo.$Shape} DeliveryInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ilr.v1.DeliveryInfo & ilr.v1.DeliveryInfo.$Shape;

            /**
             * Verifies a DeliveryInfo message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DeliveryInfo message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DeliveryInfo
             */
            static fromObject(object: { [k: string]: any }): ilr.v1.DeliveryInfo;

            /**
             * Creates a plain object from a DeliveryInfo message. Also converts values to other types if specified.
             * @param message DeliveryInfo
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ilr.v1.DeliveryInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DeliveryInfo to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace DeliveryInfo {

            /** Properties of a DeliveryInfo. */
            interface $Properties {

                /** DeliveryInfo dateSent */
                dateSent?: (string|null);

                /** DeliveryInfo itemId */
                itemId?: (string|null);

                /** DeliveryInfo sentVia */
                sentVia?: (ilr.v1.SchemeValue.$Properties|null);

                /** DeliveryInfo sentToPatron */
                sentToPatron?: (boolean|null);

                /** DeliveryInfo loanCondition */
                loanCondition?: (ilr.v1.SchemeValue.$Properties|null);

                /** DeliveryInfo deliveredFormat */
                deliveredFormat?: (ilr.v1.SchemeValue.$Properties|null);

                /** DeliveryInfo deliveryCosts */
                deliveryCosts?: (ilr.v1.Costs.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DeliveryInfo. */
            type $Shape = ilr.v1.DeliveryInfo.$Properties;
        }

        /**
         * Properties of a PhysicalAddress.
         * @deprecated Use ilr.v1.PhysicalAddress.$Properties instead.
         */
        interface IPhysicalAddress extends ilr.v1.PhysicalAddress.$Properties {
        }

        /** Represents a PhysicalAddress. */
        class PhysicalAddress {

            /**
             * Constructs a new PhysicalAddress.
             * @param [properties] Properties to set
             */
            constructor(properties?: ilr.v1.PhysicalAddress.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PhysicalAddress line1. */
            line1: string;

            /** PhysicalAddress line2. */
            line2: string;

            /** PhysicalAddress locality. */
            locality: string;

            /** PhysicalAddress postalCode. */
            postalCode: string;

            /** PhysicalAddress region. */
            region?: (ilr.v1.SchemeValue.$Properties|null);

            /** PhysicalAddress country. */
            country?: (ilr.v1.SchemeValue.$Properties|null);

            /**
             * Creates a new PhysicalAddress instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PhysicalAddress instance
             */
            static create(properties: ilr.v1.PhysicalAddress.$Shape): ilr.v1.PhysicalAddress & ilr.v1.PhysicalAddress.$Shape;
            static create(properties?: ilr.v1.PhysicalAddress.$Properties): ilr.v1.PhysicalAddress;

            /**
             * Encodes the specified PhysicalAddress message. Does not implicitly {@link ilr.v1.PhysicalAddress.verify|verify} messages.
             * @param message PhysicalAddress message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ilr.v1.PhysicalAddress.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PhysicalAddress message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ilr.v1.PhysicalAddress & ilr.v1.PhysicalAddress.$Shape} PhysicalAddress
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ilr.v1.PhysicalAddress & ilr.v1.PhysicalAddress.$Shape;

            /**
             * Verifies a PhysicalAddress message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PhysicalAddress message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PhysicalAddress
             */
            static fromObject(object: { [k: string]: any }): ilr.v1.PhysicalAddress;

            /**
             * Creates a plain object from a PhysicalAddress message. Also converts values to other types if specified.
             * @param message PhysicalAddress
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ilr.v1.PhysicalAddress, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PhysicalAddress to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace PhysicalAddress {

            /** Properties of a PhysicalAddress. */
            interface $Properties {

                /** PhysicalAddress line1 */
                line1?: (string|null);

                /** PhysicalAddress line2 */
                line2?: (string|null);

                /** PhysicalAddress locality */
                locality?: (string|null);

                /** PhysicalAddress postalCode */
                postalCode?: (string|null);

                /** PhysicalAddress region */
                region?: (ilr.v1.SchemeValue.$Properties|null);

                /** PhysicalAddress country */
                country?: (ilr.v1.SchemeValue.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PhysicalAddress. */
            type $Shape = ilr.v1.PhysicalAddress.$Properties;
        }

        /**
         * Properties of a ReturnInfo.
         * @deprecated Use ilr.v1.ReturnInfo.$Properties instead.
         */
        interface IReturnInfo extends ilr.v1.ReturnInfo.$Properties {
        }

        /** Represents a ReturnInfo. */
        class ReturnInfo {

            /**
             * Constructs a new ReturnInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: ilr.v1.ReturnInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ReturnInfo returnAgencyId. */
            returnAgencyId?: (ilr.v1.AgencyId.$Properties|null);

            /** ReturnInfo name. */
            name: string;

            /** ReturnInfo physicalAddress. */
            physicalAddress?: (ilr.v1.PhysicalAddress.$Properties|null);

            /**
             * Creates a new ReturnInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ReturnInfo instance
             */
            static create(properties: ilr.v1.ReturnInfo.$Shape): ilr.v1.ReturnInfo & ilr.v1.ReturnInfo.$Shape;
            static create(properties?: ilr.v1.ReturnInfo.$Properties): ilr.v1.ReturnInfo;

            /**
             * Encodes the specified ReturnInfo message. Does not implicitly {@link ilr.v1.ReturnInfo.verify|verify} messages.
             * @param message ReturnInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ilr.v1.ReturnInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ReturnInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ilr.v1.ReturnInfo & ilr.v1.ReturnInfo.$Shape} ReturnInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ilr.v1.ReturnInfo & ilr.v1.ReturnInfo.$Shape;

            /**
             * Verifies a ReturnInfo message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ReturnInfo message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ReturnInfo
             */
            static fromObject(object: { [k: string]: any }): ilr.v1.ReturnInfo;

            /**
             * Creates a plain object from a ReturnInfo message. Also converts values to other types if specified.
             * @param message ReturnInfo
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ilr.v1.ReturnInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ReturnInfo to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace ReturnInfo {

            /** Properties of a ReturnInfo. */
            interface $Properties {

                /** ReturnInfo returnAgencyId */
                returnAgencyId?: (ilr.v1.AgencyId.$Properties|null);

                /** ReturnInfo name */
                name?: (string|null);

                /** ReturnInfo physicalAddress */
                physicalAddress?: (ilr.v1.PhysicalAddress.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ReturnInfo. */
            type $Shape = ilr.v1.ReturnInfo.$Properties;
        }

        /**
         * Properties of a SupplierStatus.
         * @deprecated Use ilr.v1.SupplierStatus.$Properties instead.
         */
        interface ISupplierStatus extends ilr.v1.SupplierStatus.$Properties {
        }

        /** Represents a SupplierStatus. */
        class SupplierStatus {

            /**
             * Constructs a new SupplierStatus.
             * @param [properties] Properties to set
             */
            constructor(properties?: ilr.v1.SupplierStatus.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SupplierStatus header. */
            header?: (ilr.v1.IsoHeader.$Properties|null);

            /** SupplierStatus messageInfo. */
            messageInfo?: (ilr.v1.MessageInfo.$Properties|null);

            /** SupplierStatus statusInfo. */
            statusInfo?: (ilr.v1.StatusInfo.$Properties|null);

            /** SupplierStatus deliveryInfo. */
            deliveryInfo?: (ilr.v1.DeliveryInfo.$Properties|null);

            /** SupplierStatus returnInfo. */
            returnInfo?: (ilr.v1.ReturnInfo.$Properties|null);

            /**
             * Creates a new SupplierStatus instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SupplierStatus instance
             */
            static create(properties: ilr.v1.SupplierStatus.$Shape): ilr.v1.SupplierStatus & ilr.v1.SupplierStatus.$Shape;
            static create(properties?: ilr.v1.SupplierStatus.$Properties): ilr.v1.SupplierStatus;

            /**
             * Encodes the specified SupplierStatus message. Does not implicitly {@link ilr.v1.SupplierStatus.verify|verify} messages.
             * @param message SupplierStatus message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ilr.v1.SupplierStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SupplierStatus message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ilr.v1.SupplierStatus & ilr.v1.SupplierStatus.$Shape} SupplierStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ilr.v1.SupplierStatus & ilr.v1.SupplierStatus.$Shape;

            /**
             * Verifies a SupplierStatus message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SupplierStatus message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SupplierStatus
             */
            static fromObject(object: { [k: string]: any }): ilr.v1.SupplierStatus;

            /**
             * Creates a plain object from a SupplierStatus message. Also converts values to other types if specified.
             * @param message SupplierStatus
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ilr.v1.SupplierStatus, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SupplierStatus to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace SupplierStatus {

            /** Properties of a SupplierStatus. */
            interface $Properties {

                /** SupplierStatus header */
                header?: (ilr.v1.IsoHeader.$Properties|null);

                /** SupplierStatus messageInfo */
                messageInfo?: (ilr.v1.MessageInfo.$Properties|null);

                /** SupplierStatus statusInfo */
                statusInfo?: (ilr.v1.StatusInfo.$Properties|null);

                /** SupplierStatus deliveryInfo */
                deliveryInfo?: (ilr.v1.DeliveryInfo.$Properties|null);

                /** SupplierStatus returnInfo */
                returnInfo?: (ilr.v1.ReturnInfo.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SupplierStatus. */
            type $Shape = ilr.v1.SupplierStatus.$Properties;
        }

        /**
         * Properties of a RequesterAction.
         * @deprecated Use ilr.v1.RequesterAction.$Properties instead.
         */
        interface IRequesterAction extends ilr.v1.RequesterAction.$Properties {
        }

        /** Represents a RequesterAction. */
        class RequesterAction {

            /**
             * Constructs a new RequesterAction.
             * @param [properties] Properties to set
             */
            constructor(properties?: ilr.v1.RequesterAction.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RequesterAction header. */
            header?: (ilr.v1.IsoHeader.$Properties|null);

            /** RequesterAction action. */
            action: ilr.v1.Action;

            /** RequesterAction note. */
            note: string;

            /**
             * Creates a new RequesterAction instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RequesterAction instance
             */
            static create(properties: ilr.v1.RequesterAction.$Shape): ilr.v1.RequesterAction & ilr.v1.RequesterAction.$Shape;
            static create(properties?: ilr.v1.RequesterAction.$Properties): ilr.v1.RequesterAction;

            /**
             * Encodes the specified RequesterAction message. Does not implicitly {@link ilr.v1.RequesterAction.verify|verify} messages.
             * @param message RequesterAction message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ilr.v1.RequesterAction.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RequesterAction message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ilr.v1.RequesterAction & ilr.v1.RequesterAction.$Shape} RequesterAction
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ilr.v1.RequesterAction & ilr.v1.RequesterAction.$Shape;

            /**
             * Verifies a RequesterAction message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RequesterAction message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RequesterAction
             */
            static fromObject(object: { [k: string]: any }): ilr.v1.RequesterAction;

            /**
             * Creates a plain object from a RequesterAction message. Also converts values to other types if specified.
             * @param message RequesterAction
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ilr.v1.RequesterAction, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RequesterAction to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace RequesterAction {

            /** Properties of a RequesterAction. */
            interface $Properties {

                /** RequesterAction header */
                header?: (ilr.v1.IsoHeader.$Properties|null);

                /** RequesterAction action */
                action?: (ilr.v1.Action|null);

                /** RequesterAction note */
                note?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RequesterAction. */
            type $Shape = ilr.v1.RequesterAction.$Properties;
        }

        /**
         * Properties of a DecisionRecord.
         * @deprecated Use ilr.v1.DecisionRecord.$Properties instead.
         */
        interface IDecisionRecord extends ilr.v1.DecisionRecord.$Properties {
        }

        /** Represents a DecisionRecord. */
        class DecisionRecord {

            /**
             * Constructs a new DecisionRecord.
             * @param [properties] Properties to set
             */
            constructor(properties?: ilr.v1.DecisionRecord.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DecisionRecord messageId. */
            messageId: string;

            /** DecisionRecord kind. */
            kind: ilr.v1.MessageKind;

            /** DecisionRecord sender. */
            sender: string;

            /** DecisionRecord recipient. */
            recipient: string;

            /** DecisionRecord decidedAt. */
            decidedAt: number;

            /** DecisionRecord decision. */
            decision?: (ilr.v1.Decision.$Properties|null);

            /** DecisionRecord tokenDigests. */
            tokenDigests: string[];

            /** DecisionRecord reviewed. */
            reviewed: boolean;

            /** DecisionRecord reviewer. */
            reviewer: string;

            /**
             * Creates a new DecisionRecord instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DecisionRecord instance
             */
            static create(properties: ilr.v1.DecisionRecord.$Shape): ilr.v1.DecisionRecord & ilr.v1.DecisionRecord.$Shape;
            static create(properties?: ilr.v1.DecisionRecord.$Properties): ilr.v1.DecisionRecord;

            /**
             * Encodes the specified DecisionRecord message. Does not implicitly {@link ilr.v1.DecisionRecord.verify|verify} messages.
             * @param message DecisionRecord message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ilr.v1.DecisionRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DecisionRecord message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ilr.v1.DecisionRecord & ilr.v1.DecisionRecord.$Shape} DecisionRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ilr.v1.DecisionRecord & ilr.v1.DecisionRecord.$Shape;

            /**
             * Verifies a DecisionRecord message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DecisionRecord message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DecisionRecord
             */
            static fromObject(object: { [k: string]: any }): ilr.v1.DecisionRecord;

            /**
             * Creates a plain object from a DecisionRecord message. Also converts values to other types if specified.
             * @param message DecisionRecord
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ilr.v1.DecisionRecord, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DecisionRecord to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace DecisionRecord {

            /** Properties of a DecisionRecord. */
            interface $Properties {

                /** DecisionRecord messageId */
                messageId?: (string|null);

                /** DecisionRecord kind */
                kind?: (ilr.v1.MessageKind|null);

                /** DecisionRecord sender */
                sender?: (string|null);

                /** DecisionRecord recipient */
                recipient?: (string|null);

                /** DecisionRecord decidedAt */
                decidedAt?: (number|null);

                /** DecisionRecord decision */
                decision?: (ilr.v1.Decision.$Properties|null);

                /** DecisionRecord tokenDigests */
                tokenDigests?: (string[]|null);

                /** DecisionRecord reviewed */
                reviewed?: (boolean|null);

                /** DecisionRecord reviewer */
                reviewer?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DecisionRecord. */
            type $Shape = ilr.v1.DecisionRecord.$Properties;
        }
    }
}
