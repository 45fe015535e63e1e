package thema.cli;

/** An output format; each command takes the ones its {@link FormatOption} lists. */
enum Format { table, csv, json, md, tree, text, txt, tsv, html, docx }
