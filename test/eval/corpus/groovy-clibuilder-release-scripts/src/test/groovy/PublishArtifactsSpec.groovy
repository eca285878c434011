import spock.lang.Specification

class PublishArtifactsSpec extends Specification {
    def "password option is read"() {
        given:
        def binding = new Binding(args: ['-u', 'tester', '-p', 'dummy-password', 'build/libs/app.jar'] as String[])

        expect:
        binding.getVariable('args').size() == 5
    }
}
