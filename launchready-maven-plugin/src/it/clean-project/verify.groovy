def log = new File(basedir, 'build.log').text
assert log.contains('launchready scan: 0 secret(s) in ')
assert log.contains('BUILD SUCCESS')
return true
