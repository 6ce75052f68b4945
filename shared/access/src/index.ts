// @ilr/access: who may do what on the NATS of the consortium, and proof of who sent a message.
//
// Credentials (store.ts, permissions.ts, config.ts, reload.ts)
//   const store = await AccessStore.open('deploy/generated');
//   await store.ensureBroker();            // nkeys for ilr-router, -policy, -audit, -review, -operator, -console
//   await store.addLibrary('mt-bozeman');  // an nkey for the library (keys/mt-bozeman.nk, 0600)
//   await store.writeConfigs();            // nats/auth.conf, routes.conf, single.conf, cluster/node-N.conf
//   await reloadNatsServer(pidOrPidFile);  // SIGHUP: the server applies auth.conf
//   await store.revokeLibrary('mt-bozeman'); await store.writeConfigs(); await reloadNatsServer(pid);
//   store.rotate(name) / store.finishRotation(name): a new key, the old one valid until finished.
// The broker's account (ILR) holds the services and the operators; each library has an
// account of its own (LIB_<id>) importing only its own ingress, consumer and acks
// (permissions.ts says why). A client connects with its seed file:
// connectNats({ credentials: { seedFile } }) or NATS_NKEY_SEED_FILE; a library also with
// connectNats({ inboxPrefix: libraryInboxPrefix(id), jsApiPrefix: LIBRARY_JS_API_PREFIX }).
//
// Signed envelopes (signing.ts)
//   connector: const signer = new EnvelopeSigner(seed);   // once
//              const bytes = signer.sign(encodeMessage(envelope, body));  // then publish bytes
//              (signer.publicKey is what the directory entry's signingKeys must list)
//   router:    const { envelope } = verifyEnvelope(m.data, {
//                signingKeys: directoryEntry?.signingKeys,        // of the subject's sender
//                receivedAt: Number(m.info.timestampNanos / 1_000_000n),
//              });
//              // throws AccessError UNSIGNED | BAD_SIGNATURE | NO_SIGNING_KEY | UNKNOWN_SIGNER
//              //   | STALE | FUTURE_DATED, with .field and .messageId: dead-letter it and tell
//              //   the sender, as for a WireError. Then: envelope.sender must equal the
//              //   subject's sender, and Nats-Msg-Id must be <sender>.<message_id>.
//   checkReplayWindow(createdAt, receivedAt, window?) is the time check alone (pure).
// The signature covers the encoded envelope exactly as sent, minus its signature field
// (@ilr/wire splitEnvelopeSignature), so a relay that re-encodes an envelope (the router
// filling a hold label) must not pass it on as signed by the sender.
export { AccessError, type AccessErrorCode } from './errors.js';
export { createUserKey, isUserPublicKey, publicKeyOf, type UserKey } from './keys.js';
export {
  DEFAULT_REPLAY_WINDOW,
  EnvelopeSigner,
  checkReplayWindow,
  signEnvelope,
  verifyEnvelope,
  type ReplayWindow,
  type VerifiedEnvelope,
  type VerifyEnvelopeOptions,
} from './signing.js';
export {
  BROKER_PREFIX,
  BROKER_SERVICES,
  CONSOLE_PRINCIPAL,
  ILR_ACCOUNT,
  LIBRARY_JS_API_PREFIX,
  LIBRARY_REVIEW_ROLES,
  OPERATOR_PRINCIPAL,
  auditProtection,
  consolePermissions,
  libraryAccount,
  libraryExports,
  libraryImports,
  libraryUserPermissions,
  sharedLibraryImports,
  operatorPermissions,
  parseReviewerPrincipal,
  reviewerPrincipal,
  reviewerUserPermissions,
  servicePermissions,
  servicePrincipal,
  type BrokerService,
  type LibraryReviewRole,
  type LibraryImport,
  type UserPermissions,
} from './permissions.js';
export {
  AUTH_FILE,
  DEFAULT_DEPLOYMENT,
  MAX_PAYLOAD,
  ROUTES_FILE,
  ROUTE_USER,
  SINGLE_FILE,
  clusterNodeFile,
  renderAuthConfig,
  renderClusterNodeConfig,
  renderRoutesConfig,
  renderSingleConfig,
  reviewItemBound,
  type AuthModel,
  type AuthUser,
  type Deployment,
} from './config.js';
export {
  AccessStore,
  KEYS_DIR,
  NATS_DIR,
  REGISTRY_FILE,
  permissionsOf,
  principalKind,
  type KeyRecord,
  type OpenStoreOptions,
  type PrincipalKind,
  type PrincipalRecord,
  type RevokedRecord,
} from './store.js';
export { reloadNatsServer, resolvePid, type ReloadOptions } from './reload.js';
