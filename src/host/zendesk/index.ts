export { createZendeskHost, type ZendeskHostOptions, type StorageLike } from './adapter';
export { connectZendesk, type ConnectOptions } from './connect';
export type { ZafClientLike, ZafRequestOptions, ZafHandler } from './client';
