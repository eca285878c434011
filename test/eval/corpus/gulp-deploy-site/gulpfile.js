/* eslint-disable */
var gulp = require('gulp');
var sass = require('gulp-sass')(require('sass'));
var uglify = require('gulp-uglify');
var ftp = require('vinyl-ftp');
var rsync = require('gulp-rsync');
var gutil = require('gulp-util');
var awspublish = require('gulp-awspublish');

var paths = {
  styles: 'src/scss/**/*.scss',
  scripts: 'src/js/**/*.js',
  dist: 'dist'
};

gulp.task('styles', function () {
  return gulp.src(paths.styles).pipe(sass({ outputStyle: 'compressed' })).pipe(gulp.dest(paths.dist + '/css'));
});

gulp.task('scripts', function () {
  return gulp.src(paths.scripts).pipe(uglify()).pipe(gulp.dest(paths.dist + '/js'));
});

gulp.task('deploy:ftp', function () {
  var conn = ftp.create({
    host: 'ftp.lakeside-dental.co.uk',
    user: 'lakeside',
    password: 'ri5zjGmDg9c9H*', // tfl-eval: hardcoded-credential
    parallel: 5,
    log: gutil.log
  });
  return gulp.src(['dist/**'], { base: 'dist', buffer: false })
    .pipe(conn.newer('/public_html'))
    .pipe(conn.dest('/public_html'));
});

gulp.task('deploy:staging', function () {
  return gulp.src('dist/**').pipe(rsync({
    root: 'dist/',
    hostname: 'staging.lakeside-dental.co.uk',
    username: 'deploy',
    destination: '/var/www/staging',
    incremental: true
  }));
});

gulp.task('deploy:s3', function () {
  var publisher = awspublish.create({
    region: 'eu-west-2',
    params: { Bucket: 'lakeside-dental-assets' },
    accessKeyId: 'AKIA4LMXMRIL3SADHARM', // tfl-eval: hardcoded-credential
    secretAccessKey: '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' // tfl-eval: hardcoded-credential
  });
  return gulp.src('dist/**').pipe(publisher.publish({ 'Cache-Control': 'max-age=315360000' })).pipe(publisher.sync());
});

gulp.task('default', gulp.series('styles', 'scripts'));
