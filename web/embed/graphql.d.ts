// Persisted operations are bundled as text (esbuild: `with { type: 'text' }`).
declare module '*.graphql' {
  const document: string;
  export default document;
}
