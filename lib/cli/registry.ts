import type { Command } from './io';
import { validate } from './commands/validate';
import { packet } from './commands/packet';
import { rapsheet } from './commands/rapsheet';
import { screen } from './commands/screen';
import { summary } from './commands/summary';
import { fill } from './commands/fill';
import { scrape } from './commands/scrape';
import { fillPdf } from './commands/fill-pdf';

/** Every CLI command, in the order `--help` lists them. Add a command with one line here. */
export const COMMANDS: Command[] = [validate, packet, rapsheet, screen, summary, fill, scrape, fillPdf];
