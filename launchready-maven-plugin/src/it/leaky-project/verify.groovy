def log = new File(basedir, 'build.log').text
assert log.contains('launchready scan: 3 secret(s) in ')
assert log.contains('.env:1:1 env-file committed .env')
assert log.contains('src/main/resources/application.properties:1:45 url-password Pg5…(12 chars)')
assert log.contains('src/main/resources/application.properties:3:28 password Xk9…(12 chars)')
assert !log.contains('Pg5ecretW0rd') : 'the secret itself must never reach the build log'
assert !log.contains('Xk9mP2vL7qRw')
assert log.contains('BUILD FAILURE')
return true
