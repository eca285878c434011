nextflow.enable.dsl = 2

include { FASTQC } from './modules/fastqc'

workflow {
    reads = Channel.fromFilePairs(params.reads)
    FASTQC(reads)
}
