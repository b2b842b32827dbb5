/**
 * File names of the packet PDFs: "<County slug>_<NN>_<Document>.pdf". Two selections can reduce
 * to one slug ("San Luis Obispo" and "San-Luis Obispo", names differing only in accents or case,
 * the same county chosen twice), and their files would overwrite each other in a folder or a
 * zip; so each packet's slug is made unique, in selection order, by -2, -3 ...
 */

/**
 * "Los Angeles" → "Los-Angeles"; accents dropped, anything else but letters and digits becomes "-".
 * @example fileSlug('San Luis Obispo') // 'San-Luis-Obispo'
 */
export function fileSlug(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'County';
}

/**
 * One slug per name, none repeated: the first keeps its slug, later ones get -2, -3 ... in order.
 * Compared without case, because Windows and macOS file systems do not tell "LA" from "la".
 * @example uniqueSlugs(['San Luis Obispo', 'San-Luis Obispo']) // ['San-Luis-Obispo', 'San-Luis-Obispo-2']
 */
export function uniqueSlugs(slugs: string[]): string[] {
  const used = new Set<string>();
  return slugs.map((slug) => {
    let name = slug;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${slug}-${n}`;
    used.add(name.toLowerCase());
    return name;
  });
}
