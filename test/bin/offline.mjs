// Preloaded (node --import) by scenarios marked `offline: true` where `unshare -n` is not available: every
// network call fails at once, in the main thread and in every worker thread (NODE_OPTIONS reaches them too).
import dns from 'node:dns';
import net from 'node:net';

const refuse = () => {
  throw new Error('network access attempted in an offline scenario');
};
net.Socket.prototype.connect = refuse;
dns.lookup = refuse;
dns.promises.lookup = async () => refuse();
globalThis.fetch = async () => refuse();
