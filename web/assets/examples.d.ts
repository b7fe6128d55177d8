// Types for web/assets/examples.js, so tests can import the home page examples.
export declare const EXAMPLES: string[];
