/** Node-only entry: the embedded Kraken simulator. */
export {};
