// API CONTRACT (skeleton). The JSONSchema owner implements these and may extend them, but
// keeps these names and shapes: the Permits module and the command line are written
// against them. Every declaration now lives in its own file: JSONPointer, JSONDocument,
// JSONParser, JSONWriter (parser side); SchemaRegistry, CompiledSchema, ValidationOptions,
// ValidationError/Result, OutputFormat (validator side, under Validator/).
