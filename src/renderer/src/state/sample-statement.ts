/** The statement the app opens on: the bundled sample, so there is something real to look at. */
import sampleText from '../../../../resources/samples/canada-rok-fdmm-2024.txt?raw';

export const SAMPLE_STATEMENT_NAME = 'canada-rok-fdmm-2024.txt';
export const SAMPLE_STATEMENT_TEXT: string = sampleText;
