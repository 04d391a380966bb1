// The library product re-exports the text layer, so `import DirectDuidelijk` is enough.
@_exported import DuidelijkText
