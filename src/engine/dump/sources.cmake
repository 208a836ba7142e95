# The dump file set: tar members (libarchive, only in archivereader/archivewriter),
# checksums, compression, encryption, DUMPFILE templates, and the COPY text codec.
target_sources(sluice_engine PRIVATE
    dump/archivereader.cpp dump/archivereader.h
    dump/archivewriter.cpp dump/archivewriter.h
    dump/copytextcodec.cpp dump/copytextcodec.h
    dump/dumpchecksum.cpp dump/dumpchecksum.h
    dump/dumpfilenamer.cpp dump/dumpfilenamer.h
    dump/dumpheader.cpp dump/dumpheader.h
    dump/dumpformat.cpp dump/dumpformat.h
    dump/dumpkey.cpp dump/dumpkey.h
    dump/dumpmemberinfo.cpp dump/dumpmemberinfo.h
    dump/dumpreader.cpp dump/dumpreader.h
    dump/dumpwriter.cpp dump/dumpwriter.h
    dump/memberdecoder.cpp dump/memberdecoder.h
    dump/memberencoder.cpp dump/memberencoder.h
    dump/membertransform.h
    dump/payloadcompressor.cpp dump/payloadcompressor.h
    dump/payloaddecompressor.cpp dump/payloaddecompressor.h)
