process FASTQC {
    container 'quay.io/biocontainers/fastqc:0.12.1--hdfd78af_0'
    input:
    tuple val(sample), path(reads)
    output:
    path "*_fastqc.zip"
    script:
    """
    fastqc -q ${reads}
    """
}
